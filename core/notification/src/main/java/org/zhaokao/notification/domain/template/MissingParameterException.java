package org.zhaokao.notification.domain.template;

/** A placeholder had no value to fill it. */
public class MissingParameterException extends IllegalArgumentException {

  private static final long serialVersionUID = 1L;

  private final String parameter;

  public MissingParameterException(String parameter) {
    super("no value for placeholder ${" + parameter + "}");
    this.parameter = parameter;
  }

  public String parameter() {
    return parameter;
  }
}
