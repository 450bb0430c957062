package org.zhaokao.plugins.api.notify;

/**
 * A notification request the core cannot honour: an unknown event type, or a parameter a template
 * needs and the request does not carry. The message says which. It is a programming error of the
 * caller, so it rolls the caller's transaction back.
 */
public class NotificationRejectedException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  public NotificationRejectedException(String message) {
    super(message);
  }
}
