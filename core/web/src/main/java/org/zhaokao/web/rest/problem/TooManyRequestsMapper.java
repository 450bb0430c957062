package org.zhaokao.web.rest.problem;

import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.platform.validation.TooManyRequestsException;

/** A client throttled by its address: 429, the problem type naming the throttle, Retry-After. */
@Provider
public class TooManyRequestsMapper implements ExceptionMapper<TooManyRequestsException> {

  @Context private UriInfo uri;

  @Override
  public Response toResponse(TooManyRequestsException e) {
    long seconds =
        Math.max(1, Duration.between(OffsetDateTime.now(ZoneOffset.UTC), e.retryAt()).toSeconds());
    return Response.fromResponse(
            Problems.response(
                Response.Status.TOO_MANY_REQUESTS,
                Problems.TYPE_BASE + e.code(),
                e.getMessage(),
                uri,
                List.of()))
        .header(HttpHeaders.RETRY_AFTER, seconds)
        .build();
  }
}
