package org.zhaokao.discipline.interfaces.rest;

import jakarta.json.Json;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

/** RFC 9457 problem+json answers of discipline's API. */
final class Problems {

  static final MediaType PROBLEM = MediaType.valueOf("application/problem+json");

  private Problems() {}

  static Response of(int status, String code, String detail) {
    return Response.status(status)
        .type(PROBLEM)
        .entity(
            Json.createObjectBuilder()
                .add("type", "about:blank")
                .add(
                    "title",
                    Response.Status.fromStatusCode(status) == null
                        ? "Error"
                        : Response.Status.fromStatusCode(status).getReasonPhrase())
                .add("status", status)
                .add("code", code)
                .add("detail", detail == null ? "" : detail)
                .build()
                .toString())
        .build();
  }
}
