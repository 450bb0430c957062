package org.zhaokao.written.interfaces.rest;

/** A request body or parameter that is malformed. */
public class BadRequest extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public BadRequest(String message) {
    super(message);
  }
}
