package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import org.zhaokao.web.security.Login;

/**
 * A refused login: 401 wrong identifier or password, 423 locked (with the end of the lock), 403
 * inactive.
 */
@Provider
public class LoginFailedMapper implements ExceptionMapper<Login.Failed> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(Login.Failed e) {
    return switch (e.reason()) {
      case LOCKED ->
          Problems.response(
              CustomStatus.LOCKED,
              Problems.TYPE_BASE + "account-locked",
              "Too many wrong passwords; try again after "
                  + e.lockedUntil().map(Object::toString).orElse("a while"),
              uri,
              List.of());
      case NOT_ACTIVE ->
          Problems.response(
              Response.Status.FORBIDDEN,
              Problems.TYPE_BASE + "account-not-active",
              "This account is waiting for review or disabled",
              uri,
              List.of());
      case BAD_CODE ->
          Problems.response(
              Response.Status.UNAUTHORIZED,
              Problems.TYPE_BASE + "bad-code",
              "Wrong or already used one-time code",
              uri,
              List.of());
      case EXPIRED ->
          Problems.response(
              Response.Status.UNAUTHORIZED,
              Problems.TYPE_BASE + "login-expired",
              "No password step in the last 5 minutes on this session: log in again",
              uri,
              List.of());
      case BAD_CREDENTIALS ->
          Problems.response(
              Response.Status.UNAUTHORIZED,
              Problems.TYPE_BASE + "bad-credentials",
              "Wrong login id or password",
              uri,
              List.of());
    };
  }
}
