package org.zhaokao.recruitment.domain.application;

/**
 * The one rule for the reasons people state in the review: a rejection, return, overrule, dispute.
 */
final class Reasons {

  private Reasons() {}

  /**
   * @return the reason, trimmed
   * @throws IllegalArgumentException if it is missing or blank
   */
  static String require(String reason) {
    if (reason == null || reason.isBlank()) {
      throw new IllegalArgumentException("a rejection or return states its reason");
    }
    return reason.trim();
  }
}
