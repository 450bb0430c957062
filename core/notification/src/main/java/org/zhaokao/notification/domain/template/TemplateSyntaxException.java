package org.zhaokao.notification.domain.template;

/** A template text with a malformed placeholder; the message says where. */
public class TemplateSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  public TemplateSyntaxException(String message) {
    super(message);
  }
}
