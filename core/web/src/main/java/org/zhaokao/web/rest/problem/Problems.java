package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/** The one way this API answers with a problem. */
public final class Problems {

  /** Base of the {@code type} URIs of problems this API defines. */
  public static final String TYPE_BASE = "https://zhaokao.org/problems/";

  private Problems() {}

  public static Response response(
      Response.StatusType status,
      String type,
      String detail,
      UriInfo uri,
      List<Problem.FieldError> errors) {
    Problem problem =
        new Problem(
            type,
            status.getReasonPhrase(),
            status.getStatusCode(),
            detail,
            uri == null ? null : uri.getRequestUri().getPath(),
            errors.isEmpty() ? null : List.copyOf(errors));
    return Response.status(status.getStatusCode()).type(Problem.MEDIA_TYPE).entity(problem).build();
  }

  /**
   * 422 for input refused field by field; {@code kind} names the problem type ({@code
   * invalid-input}).
   */
  public static Response unprocessable(String kind, List<Problem.FieldError> errors, UriInfo uri) {
    return response(
        CustomStatus.UNPROCESSABLE,
        TYPE_BASE + kind,
        errors.size() + " field(s) were refused; see errors",
        uri,
        errors);
  }

  public static Response response(Response.StatusType status, String detail, UriInfo uri) {
    return response(status, "about:blank", detail, uri, List.of());
  }
}
