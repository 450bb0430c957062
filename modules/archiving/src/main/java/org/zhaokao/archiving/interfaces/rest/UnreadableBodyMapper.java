package org.zhaokao.archiving.interfaces.rest;

import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;

/** A body that is not the JSON expected: 400, saying so, never a stack trace. */
@Provider
public class UnreadableBodyMapper implements ExceptionMapper<ProcessingException> {

  @Override
  public Response toResponse(ProcessingException e) {
    return Problems.of(
        400, "unreadable-body", "The request body is not the JSON this call takes", List.of());
  }
}
