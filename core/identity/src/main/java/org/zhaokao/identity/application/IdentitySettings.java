package org.zhaokao.identity.application;

import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.logging.Logger;
import org.zhaokao.identity.domain.claim.ClaimRetention;
import org.zhaokao.identity.domain.code.VerificationCode;

/**
 * The identity module's settings, read from system properties (the server's configuration) each
 * time they are needed, so an operator's change applies without a redeploy:
 *
 * <table>
 *   <caption>settings</caption>
 *   <tr><td>{@code zhaokao.identity.code.validFor}</td><td>how long a one-time code may be used, an
 *   ISO-8601 duration; at most and by default 10 minutes</td></tr>
 *   <tr><td>{@code zhaokao.identity.claim.evidenceRetentionDays}</td><td>days after its decision a
 *   claim keeps its ID-card photo and statement; 1096 (three years) by default</td></tr>
 *   <tr><td>{@code zhaokao.identity.claim.codesPerAddressPerHour}</td><td>claim codes one client
 *   address may ask for in an hour; 20 by default, at least 1</td></tr>
 * </table>
 */
public final class IdentitySettings {

  public static final String CODE_VALID_FOR = "zhaokao.identity.code.validFor";
  public static final String CLAIM_EVIDENCE_DAYS = "zhaokao.identity.claim.evidenceRetentionDays";
  public static final String CLAIM_CODES_PER_ADDRESS =
      "zhaokao.identity.claim.codesPerAddressPerHour";

  /** Claim codes a client address may ask for in an hour, by default: a shared office or campus. */
  static final int DEFAULT_CLAIM_CODES_PER_ADDRESS = 20;

  private static final Logger LOG = Logger.getLogger(IdentitySettings.class.getName());

  private IdentitySettings() {}

  /** How long a code sent now may be used; an unreadable or too long setting is ignored. */
  public static Duration codeValidity() {
    String v = System.getProperty(CODE_VALID_FOR);
    if (v == null || v.isBlank()) {
      return VerificationCode.VALID_FOR;
    }
    try {
      Duration d = Duration.parse(v.strip());
      if (!d.isNegative() && !d.isZero() && d.compareTo(VerificationCode.VALID_FOR) <= 0) {
        return d;
      }
    } catch (DateTimeParseException e) {
      // reported below
    }
    LOG.warning(() -> CODE_VALID_FOR + " must be a duration up to PT10M; using PT10M");
    return VerificationCode.VALID_FOR;
  }

  /** Claim codes one client address may ask for in an hour; an unreadable setting is ignored. */
  public static int claimCodesPerAddress() {
    String v = System.getProperty(CLAIM_CODES_PER_ADDRESS);
    if (v == null || v.isBlank()) {
      return DEFAULT_CLAIM_CODES_PER_ADDRESS;
    }
    try {
      int n = Integer.parseInt(v.strip());
      if (n >= 1) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.warning(
        () ->
            CLAIM_CODES_PER_ADDRESS
                + " must be 1 or more; using "
                + DEFAULT_CLAIM_CODES_PER_ADDRESS);
    return DEFAULT_CLAIM_CODES_PER_ADDRESS;
  }

  /** How long decided claims keep their evidence; a negative or unreadable setting is ignored. */
  public static ClaimRetention claimRetention() {
    String v = System.getProperty(CLAIM_EVIDENCE_DAYS);
    if (v == null || v.isBlank()) {
      return new ClaimRetention(ClaimRetention.DEFAULT_DAYS);
    }
    try {
      int days = Integer.parseInt(v.strip());
      if (days >= 0) {
        return new ClaimRetention(days);
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    LOG.warning(
        () ->
            CLAIM_EVIDENCE_DAYS
                + " must be zero or more days; using "
                + ClaimRetention.DEFAULT_DAYS);
    return new ClaimRetention(ClaimRetention.DEFAULT_DAYS);
  }
}
