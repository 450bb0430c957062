package org.zhaokao.notification.application.delivery;

import java.util.Objects;

/**
 * How one attempt ended.
 *
 * @param kind sent, worth retrying, or refused for good
 * @param detail what the mail server or gateway said; empty when sent. Never carries a secret.
 */
public record SendOutcome(Kind kind, String detail) {

  /** The three ends of an attempt. */
  public enum Kind {
    SENT,
    /** Transient: the server was down, busy, or answered 5xx. */
    RETRY,
    /** Permanent: a bad address, a 4xx refusal, missing configuration. */
    PERMANENT
  }

  public SendOutcome {
    Objects.requireNonNull(kind, "kind");
    detail = detail == null ? "" : detail;
  }

  public static SendOutcome sent() {
    return new SendOutcome(Kind.SENT, "");
  }

  public static SendOutcome retry(String detail) {
    return new SendOutcome(Kind.RETRY, detail);
  }

  public static SendOutcome permanent(String detail) {
    return new SendOutcome(Kind.PERMANENT, detail);
  }
}
