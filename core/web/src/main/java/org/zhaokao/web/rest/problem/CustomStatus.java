package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Response;

/**
 * A client-error status JAX-RS 3.1's {@link Response.Status} does not name.
 *
 * @param code the status code
 * @param reason its reason phrase
 */
record CustomStatus(int code, String reason) implements Response.StatusType {

  static final CustomStatus UNPROCESSABLE = new CustomStatus(422, "Unprocessable Content");
  static final CustomStatus LOCKED = new CustomStatus(423, "Locked");

  @Override
  public int getStatusCode() {
    return code;
  }

  @Override
  public Response.Status.Family getFamily() {
    return Response.Status.Family.familyOf(code);
  }

  @Override
  public String getReasonPhrase() {
    return reason;
  }
}
