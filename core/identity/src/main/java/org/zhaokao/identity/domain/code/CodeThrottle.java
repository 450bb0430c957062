package org.zhaokao.identity.domain.code;

import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * How often codes may be sent: one a minute for the same purpose and address kind, ten an hour for
 * one account (or, for a claim code, which has no account, one mobile number). Keeps SMS costs and
 * harassment by a stranger typing someone's number within bounds. Claim codes, asked for without an
 * account, are also counted per client address, so one visitor cannot have codes sent to many
 * numbers.
 */
public final class CodeThrottle {

  static final Duration SPACING = Duration.ofSeconds(60);
  static final int PER_HOUR = 10;

  private CodeThrottle() {}

  /**
   * When the next code may be sent, if not now.
   *
   * @param previous the newest code of the same purpose and channel, if any
   * @param sentLastHour how many codes the account (or the address) was sent in the last hour
   */
  public static Optional<OffsetDateTime> waitUntil(
      Optional<VerificationCode> previous, long sentLastHour, OffsetDateTime now) {
    if (sentLastHour >= PER_HOUR) {
      return Optional.of(now.plusHours(1));
    }
    return previous.map(p -> p.createdAt().plus(SPACING)).filter(next -> next.isAfter(now));
  }

  /**
   * When the client address may ask for another claim code, if not now.
   *
   * @param sentLastHour how many claim codes were asked for from the address in the last hour
   * @param perHour how many an address may ask for in an hour
   */
  public static Optional<OffsetDateTime> addressWaitUntil(
      long sentLastHour, int perHour, OffsetDateTime now) {
    return sentLastHour >= perHour ? Optional.of(now.plusHours(1)) : Optional.empty();
  }
}
