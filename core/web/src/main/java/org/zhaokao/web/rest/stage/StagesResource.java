package org.zhaokao.web.rest.stage;

import jakarta.ejb.EJB;
import jakarta.ws.rs.BadRequestException;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Map;
import org.zhaokao.pipeline.application.registry.StageCatalog;
import org.zhaokao.pipeline.application.registry.UnknownStageException;

/**
 * Installed stage plugins: what the registry knows, and a check of settings against a plugin's
 * rules.
 */
@Path("/stages")
@Produces(MediaType.APPLICATION_JSON)
public class StagesResource {

  @EJB private StageCatalog catalog;

  /** Every stage plugin deployed now or installed once, with its status. */
  @GET
  public List<StageDto> list() {
    return catalog.stages().stream().map(StageDto::of).toList();
  }

  @GET
  @Path("/{id}")
  public StageDto get(@PathParam("id") String id) {
    return catalog.stage(id).map(StageDto::of).orElseThrow(() -> new UnknownStageException(id));
  }

  /**
   * Checks settings against an active stage's declared configuration: 200 with the values as they
   * would be used (defaults filled in), or 422 naming every refused setting.
   */
  @POST
  @Path("/{id}/config-validation")
  @Consumes(MediaType.APPLICATION_JSON)
  public Map<String, String> validateConfig(
      @PathParam("id") String id, Map<String, String> values) {
    if (values == null) {
      throw new BadRequestException("Send the settings as a JSON object of names to text values");
    }
    return catalog.validateConfig(id, values).asMap();
  }
}
