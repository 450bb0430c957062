package org.zhaokao.archiving.interfaces.rest;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.zhaokao.archiving.domain.ArchivingException;

/** A refusal of a use case as problem+json with its status, code and problems. */
@Provider
public class ArchivingExceptionMapper implements ExceptionMapper<ArchivingException> {

  @Override
  public Response toResponse(ArchivingException e) {
    return Problems.of(e.status(), e.code(), e.getMessage(), e.problems());
  }
}
