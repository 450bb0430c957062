package org.zhaokao.physical.interfaces.rest;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonValue;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.List;
import org.zhaokao.physical.application.CatalogueUseCases;
import org.zhaokao.physical.application.CatalogueUseCases.ItemForm;
import org.zhaokao.physical.application.StageProblem;
import org.zhaokao.physical.domain.catalogue.TestItem;
import org.zhaokao.physical.domain.standard.AgeBand;
import org.zhaokao.physical.domain.standard.Direction;
import org.zhaokao.physical.domain.standard.Gender;
import org.zhaokao.physical.domain.standard.StandardLine;
import org.zhaokao.security.web.RequestActor;

/** The item catalogue with its standards: {@code /api/items}. */
@Path("/items")
@RequestScoped
@Produces(MediaType.APPLICATION_JSON)
public class CatalogueResource {

  @Inject private CatalogueUseCases catalogue;
  @Context private HttpServletRequest request;

  @GET
  public JsonArray items() {
    JsonArrayBuilder out = Json.createArrayBuilder();
    for (TestItem i : catalogue.items(RequestActor.of(request))) {
      out.add(Views.item(i));
    }
    return out.build();
  }

  /**
   * Creates or replaces an item: {@code {"nameZh","nameEn","unit","direction","defaultAttempts",
   * "standards":[{"gender","minAge","maxAge","threshold"}]}}.
   */
  @PUT
  @Path("/{code}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response define(@PathParam("code") String code, JsonValue json) {
    Body body = Body.of(json);
    ItemForm form =
        new ItemForm(
            body.text("nameZh"),
            body.text("nameEn"),
            body.text("unit"),
            direction(body.text("direction")),
            body.integer("defaultAttempts"),
            lines(body));
    boolean created = catalogue.define(RequestActor.of(request), code, form);
    return Response.status(created ? 201 : 200).build();
  }

  private static Direction direction(String text) {
    try {
      return Direction.valueOf(text);
    } catch (IllegalArgumentException e) {
      throw StageProblem.invalid("direction must be LOWER_IS_BETTER or HIGHER_IS_BETTER");
    }
  }

  private static List<StandardLine> lines(Body body) {
    JsonValue v = body.json().get("standards");
    if (v == null || v.getValueType() != JsonValue.ValueType.ARRAY || v.asJsonArray().isEmpty()) {
      throw StageProblem.invalid("standards must list at least one line");
    }
    List<StandardLine> out = new ArrayList<>();
    for (JsonValue line : v.asJsonArray()) {
      Body l = Body.of(line);
      try {
        out.add(
            new StandardLine(
                Gender.of(l.text("gender")),
                AgeBand.of(l.integer("minAge"), l.optionalInteger("maxAge").orElse(null)),
                l.decimal("threshold")));
      } catch (IllegalArgumentException e) {
        throw StageProblem.invalid("standards: " + e.getMessage());
      }
    }
    return out;
  }
}
