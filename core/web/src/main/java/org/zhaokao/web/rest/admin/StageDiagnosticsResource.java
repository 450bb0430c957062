package org.zhaokao.web.rest.admin;

import jakarta.ejb.EJB;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.zhaokao.pipeline.application.registry.StageCatalog;

/**
 * Operator diagnostics of the stage registry. Under {@code /api/v1/admin}, which only staff reach
 * (see {@link org.zhaokao.web.access.ConsoleAccessFilter}).
 */
@Path("/admin/stages")
@Produces(MediaType.APPLICATION_JSON)
public class StageDiagnosticsResource {

  @EJB private StageCatalog catalog;

  /**
   * Collects garbage and lists the stage plugins whose class loader is still reachable after they
   * were undeployed. POST because it makes the server work (a full collection).
   */
  @POST
  @Path("/leak-check")
  public Map<String, List<String>> leakCheck() {
    return Map.of("retained", catalog.retainedAfterUnregister());
  }
}
