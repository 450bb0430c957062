package org.zhaokao.archiving.interfaces.rest;

import jakarta.json.JsonException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that is not well-formed JSON: 400, saying so. */
@Provider
public class MalformedJsonMapper implements ExceptionMapper<JsonException> {

  @Override
  public Response toResponse(JsonException e) {
    return Problems.of(
        400, "malformed-json", "The request body is not well-formed JSON", List.of());
  }
}
