package org.zhaokao.archiving.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem+json answers of archiving's API. */
final class Problems {

  static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

  private Problems() {}

  static Response of(int status, String code, String detail, List<String> problems) {
    Response.Status known = Response.Status.fromStatusCode(status);
    var body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", known == null ? "Error" : known.getReasonPhrase())
            .add("status", status)
            .add("code", code)
            .add("detail", detail == null ? "" : detail);
    if (!problems.isEmpty()) {
      JsonArrayBuilder list = Json.createArrayBuilder();
      problems.forEach(list::add);
      body.add("problems", list);
    }
    return Response.status(status).type(PROBLEM).entity(body.build().toString()).build();
  }
}
