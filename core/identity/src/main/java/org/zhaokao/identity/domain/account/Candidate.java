package org.zhaokao.identity.domain.account;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.LocalDate;

/**
 * A candidate's real-name record (考生实名信息). ID number, mobile and email are stored encrypted; their
 * blind indexes find a candidate and keep each value to one account. Decrypting is the application
 * layer's job, with the viewer's permission checked and the viewing audited.
 */
@Entity
@Table(name = "core_candidate")
public class Candidate {

  /** Field names bound into the ciphertexts and blind indexes. */
  public static final String ID_NUMBER = "candidate.id_number";

  public static final String MOBILE = "candidate.mobile";
  public static final String EMAIL = "candidate.email";

  /** The person's gender as the ID number records it. */
  public enum Gender {
    MALE,
    FEMALE
  }

  @Id
  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "real_name", nullable = false, length = 50)
  private String realName;

  @Column(name = "id_number_enc", nullable = false, length = 200)
  private String idNumberEncrypted;

  @Column(name = "id_number_idx", nullable = false, length = 64)
  private String idNumberIndex;

  @Column(name = "birth_date", nullable = false)
  private LocalDate birthDate;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 6)
  private Gender gender;

  @Column(name = "mobile_enc", nullable = false, length = 200)
  private String mobileEncrypted;

  @Column(name = "mobile_idx", nullable = false, length = 64)
  private String mobileIndex;

  @Column(name = "mobile_verified", nullable = false)
  private boolean mobileVerified;

  @Column(name = "email_enc", nullable = false, length = 400)
  private String emailEncrypted;

  @Column(name = "email_idx", nullable = false, length = 64)
  private String emailIndex;

  @Column(name = "email_verified", nullable = false)
  private boolean emailVerified;

  @Column(name = "notify_email", nullable = false)
  private boolean notifyByEmail = true;

  @Column(name = "notify_sms", nullable = false)
  private boolean notifyBySms = true;

  protected Candidate() {}

  /** Sealed values: ciphertext and blind index of one field. */
  public record Sealed(String encrypted, String index) {}

  public Candidate(
      long accountId,
      String realName,
      Sealed idNumber,
      LocalDate birthDate,
      Gender gender,
      Sealed mobile,
      Sealed email) {
    this.accountId = accountId;
    this.realName = realName;
    this.idNumberEncrypted = idNumber.encrypted();
    this.idNumberIndex = idNumber.index();
    this.birthDate = birthDate;
    this.gender = gender;
    this.mobileEncrypted = mobile.encrypted();
    this.mobileIndex = mobile.index();
    this.emailEncrypted = email.encrypted();
    this.emailIndex = email.index();
  }

  /** A code sent to the address on file came back: the address is the person's. */
  public void verified(ContactChannel channel) {
    if (channel == ContactChannel.MOBILE) {
      mobileVerified = true;
    } else {
      emailVerified = true;
    }
  }

  /** A new address whose code came back replaces the old one, verified. */
  public void changed(ContactChannel channel, Sealed address) {
    if (channel == ContactChannel.MOBILE) {
      mobileEncrypted = address.encrypted();
      mobileIndex = address.index();
      mobileVerified = true;
    } else {
      emailEncrypted = address.encrypted();
      emailIndex = address.index();
      emailVerified = true;
    }
  }

  /**
   * A reviewed change of the real name and/or ID number (实名信息变更). A new ID number brings its own
   * birth date and gender.
   *
   * @param idNumber the new ID number sealed, or null to keep it
   */
  public void identityChanged(
      String realName, Sealed idNumber, LocalDate birthDate, Gender gender) {
    if (realName != null) {
      this.realName = realName;
    }
    if (idNumber != null) {
      this.idNumberEncrypted = idNumber.encrypted();
      this.idNumberIndex = idNumber.index();
      this.birthDate = birthDate;
      this.gender = gender;
    }
  }

  /**
   * Erases the real-name data of a deleted account (注销): the name becomes a placeholder, the ID
   * number, mobile and email are replaced by sealed placeholders unique to the account (the columns
   * stay unique and non-null; no real value survives), the birth date by a placeholder.
   */
  public void erase(String placeholderName, Sealed idNumber, Sealed mobile, Sealed email) {
    this.realName = placeholderName;
    this.idNumberEncrypted = idNumber.encrypted();
    this.idNumberIndex = idNumber.index();
    this.mobileEncrypted = mobile.encrypted();
    this.mobileIndex = mobile.index();
    this.emailEncrypted = email.encrypted();
    this.emailIndex = email.index();
    this.birthDate = ERASED_BIRTH_DATE;
    this.mobileVerified = false;
    this.emailVerified = false;
    this.notifyByEmail = false;
    this.notifyBySms = false;
  }

  /** The birth date a deleted account keeps (the column is required). */
  public static final LocalDate ERASED_BIRTH_DATE = LocalDate.of(1900, 1, 1);

  /** Which channels besides the in-site inbox the person wants notifications on. */
  public void preferences(boolean byEmail, boolean bySms) {
    this.notifyByEmail = byEmail;
    this.notifyBySms = bySms;
  }

  public boolean notifyByEmail() {
    return notifyByEmail;
  }

  public boolean notifyBySms() {
    return notifyBySms;
  }

  /** Whether the address on file for the channel was verified. */
  public boolean verifiedOn(ContactChannel channel) {
    return channel == ContactChannel.MOBILE ? mobileVerified : emailVerified;
  }

  /** The encrypted address on file for the channel. */
  public String encrypted(ContactChannel channel) {
    return channel == ContactChannel.MOBILE ? mobileEncrypted : emailEncrypted;
  }

  /** The field name the channel's address is encrypted and indexed under. */
  public static String field(ContactChannel channel) {
    return channel == ContactChannel.MOBILE ? MOBILE : EMAIL;
  }

  public Long accountId() {
    return accountId;
  }

  public String realName() {
    return realName;
  }

  public String idNumberEncrypted() {
    return idNumberEncrypted;
  }

  public LocalDate birthDate() {
    return birthDate;
  }

  public Gender gender() {
    return gender;
  }

  public String mobileEncrypted() {
    return mobileEncrypted;
  }

  public boolean mobileVerified() {
    return mobileVerified;
  }

  public String emailEncrypted() {
    return emailEncrypted;
  }

  public boolean emailVerified() {
    return emailVerified;
  }
}
