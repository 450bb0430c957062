package org.zhaokao.written.interfaces.rest;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** RFC 9457 problem+json answers: a clear message and the details, never a stack trace. */
final class Problems {

  static final String MEDIA_TYPE = "application/problem+json";

  private Problems() {}

  static Response of(int status, String code, String detail, List<String> errors) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    errors.forEach(list::add);
    return Response.status(status)
        .type(MEDIA_TYPE)
        .entity(
            Json.createObjectBuilder()
                .add("type", "urn:zhaokao:written-exam:" + code)
                .add(
                    "title",
                    Response.Status.fromStatusCode(status) == null
                        ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase())
                .add("status", status)
                .add("code", code)
                .add("detail", detail == null ? "" : detail)
                .add("errors", list)
                .build()
                .toString())
        .build();
  }
}
