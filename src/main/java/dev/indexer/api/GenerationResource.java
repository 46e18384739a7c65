package dev.indexer.api;

import dev.indexer.auth.Callers;
import dev.indexer.pipeline.Generations;
import dev.indexer.qdrant.QdrantUnavailableException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * Index lifecycle for administrators: the generations of the index, the promotion of one (search
 * answers from it at once; rolling back is promoting the previous one), the deletion of an old one.
 * Needs the admin role ({@code indexer.auth.admin-role}), or authentication off.
 */
@Path("/admin/generations")
@Produces(MediaType.APPLICATION_JSON)
public class GenerationResource {

  private final Generations generations;
  private final Callers callers;
  private final SecurityIdentity identity;

  public GenerationResource(Generations generations, Callers callers, SecurityIdentity identity) {
    this.generations = generations;
    this.callers = callers;
    this.identity = identity;
  }

  /** Every generation: number, collection, live or not, what built it, its pipeline's progress. */
  @GET
  public List<Generations.Generation> list() {
    callers.admin(identity);
    try {
      return generations.list();
    } catch (QdrantUnavailableException e) {
      throw unavailable(e);
    }
  }

  /**
   * Points the alias at generation {@code n}: 409 while it has events still to process, unless
   * {@code force=true}; 404 for a generation that does not exist.
   */
  @POST
  @Path("/{n}/promote")
  public Generations.Promotion promote(@PathParam("n") int n, @QueryParam("force") boolean force) {
    callers.admin(identity);
    try {
      return generations.promote(n, force);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException(e.getMessage());
    } catch (Generations.NotCaughtUpException e) {
      throw new WebApplicationException(
          e.getMessage(), Response.status(409).entity(new Refusal(e.getMessage())).build());
    } catch (QdrantUnavailableException e) {
      throw unavailable(e);
    }
  }

  /** Deletes generation {@code n} and its fences: 409 for the live one. */
  @DELETE
  @Path("/{n}")
  public Response delete(@PathParam("n") int n) {
    callers.admin(identity);
    try {
      return generations.delete(n) ? Response.noContent().build() : Response.status(404).build();
    } catch (IllegalArgumentException e) {
      throw new WebApplicationException(
          e.getMessage(), Response.status(409).entity(new Refusal(e.getMessage())).build());
    } catch (QdrantUnavailableException e) {
      throw unavailable(e);
    }
  }

  /** Qdrant down is transient: 503 with a hint to try again, not a server error. */
  private static WebApplicationException unavailable(QdrantUnavailableException e) {
    String message = "Qdrant is unavailable; try again";
    return new WebApplicationException(
        message,
        Response.status(503).header("Retry-After", "5").entity(new Refusal(message)).build());
  }

  /** Why a call was refused. */
  public record Refusal(String message) {}
}
