package org.zhaokao.interview.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Optional;

/**
 * A half-day sitting of a panel (面试场次), e.g. 2026-12-05 上午: the candidates assigned to it draw lots
 * once, from a seed recorded here.
 */
@Entity
@Table(name = "iv_session")
public class InterviewSession {

  @Id
  @SequenceGenerator(name = "iv_seq", sequenceName = "iv_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iv_seq")
  private Long id;

  @Column(name = "panel_id", nullable = false)
  private long panelId;

  @Column(name = "sitting_date", nullable = false)
  private LocalDate date;

  @Column(name = "sitting_part", nullable = false)
  private String part;

  @Column(name = "seed")
  private Long seed;

  @Column(name = "drawn_at")
  private OffsetDateTime drawnAt;

  @Column(name = "drawn_by")
  private Long drawnBy;

  @Column(name = "starts_at")
  private LocalTime startsAt;

  @Column(name = "venue")
  private String venue;

  @Column(name = "sign_in_closed_at")
  private OffsetDateTime signInClosedAt;

  @Column(name = "answer_seconds", nullable = false)
  private int answerSeconds = AnswerTimer.DEFAULT.answerSeconds();

  @Column(name = "warning_seconds", nullable = false)
  private String warningSeconds = AnswerTimer.DEFAULT.warningsText();

  @Version
  @Column(name = "version", nullable = false)
  private int version;

  protected InterviewSession() {}

  public InterviewSession(long panelId, LocalDate date, SittingPart part) {
    this(panelId, date, part, null, null);
  }

  /**
   * @param startsAt when candidates report (报到时间), local time of the venue, or null for the part of
   *     the day alone
   * @param venue the address where the panel's room is, or null
   */
  public InterviewSession(
      long panelId, LocalDate date, SittingPart part, LocalTime startsAt, String venue) {
    this.panelId = panelId;
    this.date = date;
    this.part = part.name();
    this.startsAt = startsAt;
    this.venue = venue;
  }

  /** The session starts (开考): sign-in closes, and who has not signed in is absent from now on. */
  public void closeSignIn(OffsetDateTime at) {
    if (!signInOpen()) {
      throw new IllegalStateException("sign-in closed already");
    }
    this.signInClosedAt = at;
  }

  public boolean signInOpen() {
    return signInClosedAt == null;
  }

  public Optional<OffsetDateTime> signInClosedAt() {
    return Optional.ofNullable(signInClosedAt);
  }

  public AnswerTimer timer() {
    return AnswerTimer.of(answerSeconds, warningSeconds);
  }

  public void timer(AnswerTimer timer) {
    this.answerSeconds = timer.answerSeconds();
    this.warningSeconds = timer.warningsText();
  }

  public Optional<LocalTime> startsAt() {
    return Optional.ofNullable(startsAt);
  }

  public Optional<String> venue() {
    return Optional.ofNullable(venue);
  }

  /** Records the draw; a session draws once. */
  public void drawn(long seed, long byAccount, OffsetDateTime at) {
    if (drawn()) {
      throw new IllegalStateException("lots were drawn for this session already");
    }
    this.seed = seed;
    this.drawnBy = byAccount;
    this.drawnAt = at;
  }

  public boolean drawn() {
    return seed != null;
  }

  public Long id() {
    return id;
  }

  public long panelId() {
    return panelId;
  }

  public LocalDate date() {
    return date;
  }

  public SittingPart part() {
    return SittingPart.valueOf(part);
  }

  public Optional<Long> seed() {
    return Optional.ofNullable(seed);
  }

  public Optional<OffsetDateTime> drawnAt() {
    return Optional.ofNullable(drawnAt);
  }
}
