package org.zhaokao.discipline.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhaokao.discipline.application.Catalogue;
import org.zhaokao.discipline.application.ViolationTypeView;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.catalogue.Sanction;
import org.zhaokao.discipline.domain.catalogue.ViolationTypeTerms;
import org.zhaokao.security.web.RequestActor;

/** The catalogue of violation types: current versions, a type's history, a new version. */
@Path("/violation-types")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

  @Inject private Catalogue catalogue;
  @Context private HttpServletRequest request;

  @GET
  public List<ViolationTypeView> current() {
    return catalogue.current(RequestActor.of(request));
  }

  @GET
  @Path("/{code}/versions")
  public List<ViolationTypeView> versions(@PathParam("code") String code) {
    return catalogue.versions(RequestActor.of(request), code);
  }

  /** Adds the type, or its next version. */
  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ViolationTypeView save(@PathParam("code") String code, JsonObject body) {
    JsonObject b = Bodies.require(body);
    Boolean evidence = Bodies.bool(b, "evidenceRequired");
    Long years = Bodies.number(b, "maxBlacklistYears");
    ViolationTypeTerms terms =
        new ViolationTypeTerms(
            Bodies.text(b, "nameZh"),
            Bodies.text(b, "nameEn"),
            Bodies.text(b, "standard"),
            evidence != null && evidence,
            Bodies.text(b, "evidenceNote"),
            sanctions(Bodies.texts(b, "sanctions")),
            years == null ? 0 : years.intValue());
    return catalogue.save(RequestActor.of(request), code, terms);
  }

  private static Set<Sanction> sanctions(List<String> names) {
    Set<Sanction> out = EnumSet.noneOf(Sanction.class);
    for (String n : names) {
      try {
        out.add(Sanction.valueOf(n.trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw DisciplineException.invalid(
            "sanctions", "Unknown sanction " + n + "; one of " + List.of(Sanction.values()));
      }
    }
    return out;
  }
}
