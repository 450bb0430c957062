package org.zhaokao.written.interfaces.rest;

import jakarta.inject.Inject;
import jakarta.json.JsonObject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.security.web.RequestActor;
import org.zhaokao.written.application.ItemBank;
import org.zhaokao.written.application.ItemFilter;
import org.zhaokao.written.application.ItemView;
import org.zhaokao.written.domain.bank.Difficulty;
import org.zhaokao.written.domain.bank.ItemType;
import org.zhaokao.written.interfaces.excel.ItemWorkbook;

/** The question bank over REST: {@code /api/items}. */
@Path("/items")
@Produces(MediaType.APPLICATION_JSON)
public class ItemResource {

  private static final String XLSX =
      "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Inject private ItemBank bank;
  @Context private HttpServletRequest request;

  @GET
  public List<ItemView> list(
      @QueryParam("type") String type,
      @QueryParam("subject") String subject,
      @QueryParam("knowledgePoint") String knowledgePoint,
      @QueryParam("difficulty") String difficulty,
      @QueryParam("q") String text) {
    return bank.list(
        RequestActor.of(request),
        new ItemFilter(
            Bodies.optionalEnum(ItemType.class, type, "type"),
            blankToEmpty(subject),
            blankToEmpty(knowledgePoint),
            Bodies.optionalEnum(Difficulty.class, difficulty, "difficulty"),
            blankToEmpty(text)));
  }

  @GET
  @Path("/{id}")
  public ItemView get(@PathParam("id") long id) {
    return bank.get(RequestActor.of(request), id);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(JsonObject body) {
    ItemView created = bank.create(RequestActor.of(request), Bodies.item(body));
    return Response.status(201).entity(created).build();
  }

  /** Edits an item; answers the version that is current now (a new one if papers used it). */
  @PUT
  @Path("/{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public ItemView update(@PathParam("id") long id, JsonObject body) {
    return bank.update(RequestActor.of(request), id, Bodies.item(body));
  }

  @DELETE
  @Path("/{id}")
  public Response retire(@PathParam("id") long id) {
    bank.retire(RequestActor.of(request), id);
    return Response.noContent().build();
  }

  /** The import template: headers, one example row per type, and the rules. */
  @GET
  @Path("/template.xlsx")
  @Produces(XLSX)
  public Response template() {
    return download(ItemWorkbook.template(), "items-template.xlsx");
  }

  @GET
  @Path("/export.xlsx")
  @Produces(XLSX)
  public Response export() {
    return download(ItemWorkbook.export(bank.exportAll(RequestActor.of(request))), "items.xlsx");
  }

  /**
   * Imports a workbook filled from the template: every row or none. A wrong row answers 422 with
   * one error per cell, by row and column.
   */
  @POST
  @Path("/import")
  @Consumes({XLSX, MediaType.APPLICATION_OCTET_STREAM})
  public Response importItems(byte[] workbook) {
    ItemWorkbook.Parsed parsed = ItemWorkbook.read(workbook);
    if (!parsed.errors().isEmpty()) {
      return Problems.of(
          422,
          "import.rows",
          "the workbook has wrong cells; nothing was imported",
          parsed.errors());
    }
    List<Long> ids = bank.importAll(RequestActor.of(request), parsed.items(), "xlsx");
    return Response.ok(Map.of("imported", ids.size(), "ids", ids)).build();
  }

  private static Response download(byte[] bytes, String name) {
    return Response.ok(bytes, XLSX)
        .header("Content-Disposition", "attachment; filename=\"" + name + "\"")
        .build();
  }

  private static Optional<String> blankToEmpty(String s) {
    return s == null || s.isBlank() ? Optional.empty() : Optional.of(s.strip());
  }
}
