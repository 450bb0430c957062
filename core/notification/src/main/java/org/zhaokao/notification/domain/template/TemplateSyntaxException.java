package org.zhaokao.notification.domain.template;

/** A template text with a malformed placeholder; the message says where. */
public class TemplateSyntaxException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final int position;

  public TemplateSyntaxException(String message, int position) {
    super(message);
    this.position = position;
  }

  /** The character (from 1) where the malformed placeholder starts. */
  public int position() {
    return position;
  }
}
