package dev.indexer.monitor;

import dev.indexer.api.GenerationResource;
import dev.indexer.auth.Callers;
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
 * Recall monitoring for administrators: a round now (recall@k of the approximate index, and of the
 * service's search over the labelled queries if configured), and the last round's report. Needs the
 * admin role ({@code indexer.auth.admin-role}), or authentication off.
 */
@Path("/admin/monitor/recall")
@Produces(MediaType.APPLICATION_JSON)
public class RecallResource {

  private final RecallMonitor recall;
  private final Callers callers;
  private final SecurityIdentity identity;

  public RecallResource(RecallMonitor recall, Callers callers, SecurityIdentity identity) {
    this.recall = recall;
    this.callers = callers;
    this.identity = identity;
  }

  /**
   * Runs a round and answers its report once done: 409 while another round runs, 503 while Qdrant
   * does not answer.
   */
  @POST
  public RecallMonitor.Report measure() throws Exception {
    callers.admin(identity);
    try {
      return recall.measure();
    } catch (RecallMonitor.BusyException e) {
      throw refused(409, e.getMessage());
    } catch (QdrantUnavailableException e) {
      throw refused(503, "Qdrant is unavailable; try again");
    }
  }

  /** The last round's report: 404 before the first round. */
  @GET
  public RecallMonitor.Report last() {
    callers.admin(identity);
    return recall.last().orElseThrow(() -> new NotFoundException("no round has run yet"));
  }

  private static WebApplicationException refused(int status, String message) {
    return new WebApplicationException(
        message, Response.status(status).entity(new GenerationResource.Refusal(message)).build());
  }
}
