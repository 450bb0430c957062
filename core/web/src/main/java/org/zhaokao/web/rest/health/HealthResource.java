package org.zhaokao.web.rest.health;

import jakarta.ejb.EJB;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.platform.health.HealthCheck;
import org.zhaokao.platform.health.Probe;

/**
 * Liveness for load balancers and operators: 200 {@code {"status":"UP"}} only when the database
 * answers and the stage registry is serving; otherwise 503 with the failing check.
 */
@Path("/health")
@Produces(MediaType.APPLICATION_JSON)
public class HealthResource {

  @EJB private HealthCheck health;
  @EJB private StageCatalog catalog;

  @GET
  public Response check() {
    List<Probe> probes = List.of(health.database(), registry());
    boolean up = probes.stream().allMatch(Probe::up);
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("status", up ? "UP" : "DOWN");
    Map<String, Object> checks = new LinkedHashMap<>();
    for (Probe p : probes) {
      checks.put(p.name(), p.up() ? "UP" : Map.of("status", "DOWN", "detail", p.detail()));
    }
    body.put("checks", checks);
    CacheControl noCache = new CacheControl();
    noCache.setNoStore(true);
    return Response.status(up ? Response.Status.OK : Response.Status.SERVICE_UNAVAILABLE)
        .entity(body)
        .cacheControl(noCache)
        .build();
  }

  private Probe registry() {
    try {
      catalog.stages();
      return Probe.up("stageRegistry");
    } catch (RuntimeException e) {
      return Probe.down("stageRegistry", e.getClass().getSimpleName());
    }
  }
}
