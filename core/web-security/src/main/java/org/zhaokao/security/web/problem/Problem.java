package org.zhaokao.security.web.problem;

import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;

/**
 * An RFC 9457 problem+json answer, the way every Zhaokao API refuses a request: {@code type},
 * {@code title} (the status's reason phrase), {@code status} and {@code detail}, plus what a stage
 * adds (a stable {@code code}, the field at fault, the wrong rows of an import...).
 *
 * <pre>{@code
 * return Problem.of(409, "The draw has been made").code("drawn").instance(uri).response();
 * }</pre>
 */
public final class Problem {

  /** The media type of a problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";

  private final int status;
  private final JsonObjectBuilder body;

  private Problem(int status, String detail) {
    this.status = status;
    this.body =
        Json.createObjectBuilder()
            .add("type", "about:blank")
            .add("title", title(status))
            .add("status", status)
            .add("detail", detail == null ? "" : detail);
  }

  /** A problem with this HTTP status and a sentence for the person who sent the request. */
  public static Problem of(int status, String detail) {
    return new Problem(status, detail);
  }

  /** A URI naming the kind of problem, instead of {@code about:blank}. */
  public Problem type(String uri) {
    body.add("type", uri);
    return this;
  }

  /** The stable, machine-readable code a client can switch on. */
  public Problem code(String code) {
    body.add("code", code);
    return this;
  }

  /** Any further member with a text value. */
  public Problem with(String name, String value) {
    body.add(name, value);
    return this;
  }

  /** Any further member with an array value (e.g. the rows of an import that are wrong). */
  public Problem with(String name, JsonArrayBuilder values) {
    body.add(name, values);
    return this;
  }

  /** A member listing texts, present even when empty. */
  public Problem strings(String name, List<String> values) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    values.forEach(list::add);
    return with(name, list);
  }

  /** The path of the request that was refused, when known. */
  public Problem instance(UriInfo uri) {
    if (uri != null) {
      body.add("instance", uri.getRequestUri().getPath());
    }
    return this;
  }

  /** The HTTP answer. */
  public Response response() {
    return Response.status(status).type(MEDIA_TYPE).entity(body.build().toString()).build();
  }

  private static String title(int status) {
    Response.Status known = Response.Status.fromStatusCode(status);
    if (known != null) {
      return known.getReasonPhrase();
    }
    return status == 422 ? "Unprocessable Content" : "Error";
  }
}
