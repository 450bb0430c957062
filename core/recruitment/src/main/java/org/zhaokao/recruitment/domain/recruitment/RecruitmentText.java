package org.zhaokao.recruitment.domain.recruitment;

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
import java.time.OffsetDateTime;
import java.util.HexFormat;

/**
 * One version of a recruitment's application notice (报名须知) or integrity pledge (诚信协议). Versions are
 * never changed: a candidate's signature names a version, and the words signed must stay readable
 * for as long as the application is kept.
 */
@Entity
@Table(name = "core_recruitment_text")
public class RecruitmentText {

  @Id
  @SequenceGenerator(
      name = "core_recruitment_text_seq",
      sequenceName = "core_recruitment_text_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_recruitment_text_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 10)
  private TextKind kind;

  @Column(name = "text_version", nullable = false)
  private int version;

  @Column(nullable = false, length = 20000)
  private String body;

  @Column(nullable = false, length = 64)
  private String sha256;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected RecruitmentText() {}

  public RecruitmentText(
      long recruitmentId, TextKind kind, int version, String body, OffsetDateTime at) {
    this.recruitmentId = recruitmentId;
    this.kind = kind;
    this.version = version;
    this.body = body;
    this.sha256 = sha256(body);
    this.createdAt = at;
  }

  static String sha256(String text) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  public TextKind kind() {
    return kind;
  }

  public int version() {
    return version;
  }

  public String body() {
    return body;
  }

  public String sha256() {
    return sha256;
  }
}
