package org.zhaokao.identity.domain.code;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.HexFormat;
import org.zhaokao.identity.domain.account.ContactChannel;

/**
 * A one-time code (验证码): six digits sent to an address, valid for {@link #VALID_FOR}, good for one
 * use and {@link #MAX_ATTEMPTS} tries. Only a salted hash of the code is stored; the address it was
 * sent to is kept encrypted, with its blind index.
 */
@Entity
@Table(name = "core_verification_code")
public class VerificationCode {

  public static final Duration VALID_FOR = Duration.ofMinutes(10);
  public static final int MAX_ATTEMPTS = 5;
  private static final SecureRandom RANDOM = new SecureRandom();

  @Id
  @SequenceGenerator(
      name = "core_verification_code_seq",
      sequenceName = "core_verification_code_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_verification_code_seq")
  private Long id;

  /** Null for a {@link CodePurpose#CLAIM} code: the claimant has no account yet. */
  @Column(name = "account_id")
  private Long accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private CodePurpose purpose;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 8)
  private ContactChannel channel;

  @Column(name = "target_enc", nullable = false, length = 400)
  private String targetEncrypted;

  @Column(name = "target_idx", nullable = false, length = 64)
  private String targetIndex;

  @Column(name = "code_hash", nullable = false, length = 64)
  private String codeHash;

  @Column(nullable = false, length = 32)
  private String salt;

  @Column(nullable = false)
  private int attempts;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "expires_at", nullable = false)
  private OffsetDateTime expiresAt;

  @Column(name = "used_at")
  private OffsetDateTime usedAt;

  /** The blind index of the client address that asked for a claim code; null for others. */
  @Column(name = "client_idx", length = 64)
  private String clientIndex;

  protected VerificationCode() {}

  private VerificationCode(
      Long accountId,
      CodePurpose purpose,
      ContactChannel channel,
      String targetEncrypted,
      String targetIndex,
      String code,
      OffsetDateTime now,
      Duration validFor) {
    this.accountId = accountId;
    this.purpose = purpose;
    this.channel = channel;
    this.targetEncrypted = targetEncrypted;
    this.targetIndex = targetIndex;
    byte[] s = new byte[16];
    RANDOM.nextBytes(s);
    this.salt = HexFormat.of().formatHex(s);
    this.codeHash = hash(salt, code);
    this.createdAt = now;
    this.expiresAt = now.plus(validFor);
  }

  /**
   * A fresh code for an address.
   *
   * @param accountId the account it is for, null only for a {@link CodePurpose#CLAIM} code
   * @param validFor how long it may be used, at most {@link #VALID_FOR}
   * @return the stored record and the code in clear, to send once
   * @throws IllegalArgumentException without an account for another purpose than a claim, or a
   *     validity that is not positive or longer than {@link #VALID_FOR}
   */
  public static Issued issue(
      Long accountId,
      CodePurpose purpose,
      ContactChannel channel,
      String targetEncrypted,
      String targetIndex,
      OffsetDateTime now,
      Duration validFor) {
    if (accountId == null && purpose != CodePurpose.CLAIM) {
      throw new IllegalArgumentException("only a claim code is sent without an account");
    }
    if (validFor.isNegative() || validFor.isZero() || validFor.compareTo(VALID_FOR) > 0) {
      throw new IllegalArgumentException(
          "a code is valid for up to " + VALID_FOR + ": " + validFor);
    }
    String code = String.format("%06d", RANDOM.nextInt(1_000_000));
    return new Issued(
        new VerificationCode(
            accountId, purpose, channel, targetEncrypted, targetIndex, code, now, validFor),
        code);
  }

  /** Notes the (blind index of the) client address that asked for this claim code. */
  public void requestedFrom(String clientIndex) {
    this.clientIndex = clientIndex;
  }

  /**
   * A code and its record.
   *
   * @param record what is stored
   * @param code the six digits, to send and forget
   */
  public record Issued(VerificationCode record, String code) {}

  /**
   * Tries a typed code. A wrong one uses up an attempt; the right one, in time, ends the code's
   * life.
   *
   * @return whether it was the right code, in time, with attempts left, and not used before
   */
  public boolean tryCode(String typed, OffsetDateTime now) {
    if (usedAt != null || now.isAfter(expiresAt) || attempts >= MAX_ATTEMPTS) {
      return false;
    }
    String normal = typed == null ? "" : typed.replace(" ", "");
    boolean right =
        MessageDigest.isEqual(
            hash(salt, normal).getBytes(StandardCharsets.US_ASCII),
            codeHash.getBytes(StandardCharsets.US_ASCII));
    if (right) {
      usedAt = now;
    } else {
      attempts++;
    }
    return right;
  }

  private static String hash(String salt, String code) {
    try {
      MessageDigest sha = MessageDigest.getInstance("SHA-256");
      sha.update(salt.getBytes(StandardCharsets.US_ASCII));
      return HexFormat.of().formatHex(sha.digest(code.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  /** The account the code is for, or null for a claim code. */
  public Long accountId() {
    return accountId;
  }

  public CodePurpose purpose() {
    return purpose;
  }

  public ContactChannel channel() {
    return channel;
  }

  public String targetEncrypted() {
    return targetEncrypted;
  }

  public String targetIndex() {
    return targetIndex;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
