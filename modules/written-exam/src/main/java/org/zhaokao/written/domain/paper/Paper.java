package org.zhaokao.written.domain.paper;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One candidate's generated paper (考生试卷), sealed: the content (questions and mapped keys) is
 * AES-GCM ciphertext under the exam's data key. The seed is recorded so the paper can be
 * regenerated and checked.
 */
@Entity
@Table(name = "we_paper")
public class Paper {

  @Id
  @SequenceGenerator(name = "we_paper_seq", sequenceName = "we_paper_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "we_paper_seq")
  private Long id;

  @Column(name = "exam_id", nullable = false)
  private long examId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "account_id", nullable = false)
  private long accountId;

  @Column(nullable = false)
  private long seed;

  @Column(name = "question_count", nullable = false)
  private int questionCount;

  /** Base64 of nonce and ciphertext. */
  @Column(name = "sealed_content", nullable = false, length = 1000000)
  private String sealedContent;

  @Column(name = "generated_at", nullable = false)
  private Instant generatedAt;

  protected Paper() {}

  public Paper(
      long examId,
      long applicationId,
      long accountId,
      long seed,
      int questionCount,
      String sealedContent,
      Instant generatedAt) {
    this.examId = examId;
    this.applicationId = applicationId;
    this.accountId = accountId;
    this.seed = seed;
    this.questionCount = questionCount;
    this.sealedContent = sealedContent;
    this.generatedAt = generatedAt;
  }

  public Long id() {
    return id;
  }

  public long examId() {
    return examId;
  }

  public long applicationId() {
    return applicationId;
  }

  public long accountId() {
    return accountId;
  }

  public long seed() {
    return seed;
  }

  public int questionCount() {
    return questionCount;
  }

  public String sealedContent() {
    return sealedContent;
  }

  public Instant generatedAt() {
    return generatedAt;
  }

  /** What the cipher binds the ciphertext to, so a row's content cannot be moved to another. */
  public static String binding(long examId, long applicationId) {
    return "we-paper:" + examId + ":" + applicationId;
  }
}
