package org.zhaokao.content.domain.feedback;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A visitor's feedback (意见反馈, SPEC Q1) on the site, left from the page it concerns. Unlike a
 * complaint it expects no answer, so it carries no contact; a logged-in user's account is kept.
 */
@Entity
@Table(name = "core_feedback")
public class Feedback {

  @Id
  @SequenceGenerator(
      name = "core_feedback_seq",
      sequenceName = "core_feedback_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_feedback_seq")
  private Long id;

  @Column(nullable = false, length = 300)
  private String page;

  @Column(name = "text_body", nullable = false, length = 2000)
  private String text;

  @Column(name = "account_id")
  private Long accountId;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  protected Feedback() {}

  public Feedback(String page, String text, Long accountId, OffsetDateTime createdAt) {
    this.page = page;
    this.text = text;
    this.accountId = accountId;
    this.createdAt = createdAt;
  }

  public long id() {
    return id;
  }

  public String page() {
    return page;
  }

  public String text() {
    return text;
  }

  public Optional<Long> accountId() {
    return Optional.ofNullable(accountId);
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }
}
