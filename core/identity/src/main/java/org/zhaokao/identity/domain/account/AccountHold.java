package org.zhaokao.identity.domain.account;

import java.time.LocalDate;

/**
 * Something that keeps an account from being deleted now (注销限制): a live application, or records the
 * agency must keep for a while yet.
 *
 * @param kind why
 * @param recruitment the recruitment concerned, by title
 * @param until the day the hold ends at the earliest
 */
public record AccountHold(Kind kind, String recruitment, LocalDate until) {

  /** Why an account is held. */
  public enum Kind {
    /** An application in a recruitment that is still running. */
    LIVE_APPLICATION,
    /** An application in a finished recruitment, kept for the retention period. */
    RETENTION
  }

  /** The reason in plain words, for an API answer or a log-free message. */
  public String describe() {
    return switch (kind) {
      case LIVE_APPLICATION ->
          "an application in recruitment \"" + recruitment + "\" is live until " + until;
      case RETENTION ->
          "the records of recruitment \""
              + recruitment
              + "\" must be kept until "
              + until
              + " (retention rule)";
    };
  }
}
