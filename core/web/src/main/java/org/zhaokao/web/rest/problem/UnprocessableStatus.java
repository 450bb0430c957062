package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Response;

/** 422, which JAX-RS 3.1's {@link Response.Status} does not name. */
final class UnprocessableStatus implements Response.StatusType {

  @Override
  public int getStatusCode() {
    return 422;
  }

  @Override
  public Response.Status.Family getFamily() {
    return Response.Status.Family.CLIENT_ERROR;
  }

  @Override
  public String getReasonPhrase() {
    return "Unprocessable Content";
  }
}
