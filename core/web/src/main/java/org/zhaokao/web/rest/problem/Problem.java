package org.zhaokao.web.rest.problem;

import jakarta.json.bind.annotation.JsonbPropertyOrder;
import java.util.List;

/**
 * An RFC 9457 problem detail: what went wrong, for people ({@code title}, {@code detail}) and
 * programs ({@code type}, {@code status}, {@code errors}).
 *
 * @param type a URI naming the kind of problem, {@code about:blank} when the status says it all
 * @param title short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong this time, in terms the client can act on
 * @param instance the request path
 * @param errors per-field errors, when the input had several
 */
@JsonbPropertyOrder({"type", "title", "status", "detail", "instance", "errors"})
public record Problem(
    String type,
    String title,
    int status,
    String detail,
    String instance,
    List<FieldError> errors) {

  /** The media type of a problem document. */
  public static final String MEDIA_TYPE = "application/problem+json";

  /**
   * One rejected field.
   *
   * @param field the field's name
   * @param code a stable code for programs
   * @param message what is wrong with it
   */
  public record FieldError(String field, String code, String message) {}
}
