package dev.indexer.api;

import dev.indexer.auth.Callers;
import dev.indexer.pipeline.ReconcileService;
import dev.indexer.pipeline.Reconciler;
import dev.indexer.qdrant.QdrantUnavailableException;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/**
 * Reconciliation for administrators: a round of this instance's partitions now, and the last
 * round's report (what was found, deleted and reprocessed, and the documents that could not be
 * repaired). Needs the admin role ({@code indexer.auth.admin-role}), or authentication off.
 */
@Path("/admin/reconcile")
@Produces(MediaType.APPLICATION_JSON)
public class ReconcileResource {

  private final ReconcileService service;
  private final Callers callers;
  private final SecurityIdentity identity;

  public ReconcileResource(ReconcileService service, Callers callers, SecurityIdentity identity) {
    this.service = service;
    this.callers = callers;
    this.identity = identity;
  }

  /**
   * Runs a round and answers its report once it is done: 409 while another round runs, 503 while
   * Kafka Streams is not running or Qdrant or Kafka do not answer.
   */
  @POST
  public Reconciler.Report reconcile() {
    callers.admin(identity);
    try {
      return service.reconcile();
    } catch (ReconcileService.BusyException e) {
      throw refused(409, e.getMessage());
    } catch (Reconciler.NotRunningException e) {
      throw unavailable(e.getMessage());
    } catch (QdrantUnavailableException e) {
      throw unavailable("Qdrant is unavailable; try again");
    } catch (IllegalStateException e) {
      throw unavailable(e.getMessage() + "; try again");
    }
  }

  /** The last round's report: 404 before the first round. */
  @GET
  public Reconciler.Report last() {
    callers.admin(identity);
    return service.last().orElseThrow(() -> new NotFoundException("no round has run yet"));
  }

  private static WebApplicationException refused(int status, String message) {
    return new WebApplicationException(
        message, Response.status(status).entity(new GenerationResource.Refusal(message)).build());
  }

  private static WebApplicationException unavailable(String message) {
    return new WebApplicationException(
        message,
        Response.status(503)
            .header("Retry-After", "5")
            .entity(new GenerationResource.Refusal(message))
            .build());
  }
}
