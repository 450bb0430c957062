package org.zhaokao.interview.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * A candidate's place in a session (考生场次安排): the application assigned, then the drawn order and
 * number plate, whether the candidate was absent (缺考), and the final score once signed; the waiting
 * room's sign-in (签到), the call (叫号) and the end of the answer, the notice (面试通知书) sent, the
 * meeting link of the online form and the recording references (录像).
 */
@Entity
@Table(name = "iv_slot")
public class Slot {

  @Id
  @SequenceGenerator(name = "iv_seq", sequenceName = "iv_seq", allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "iv_seq")
  private Long id;

  @Column(name = "session_id", nullable = false)
  private long sessionId;

  @Column(name = "panel_id", nullable = false)
  private long panelId;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "draw_order")
  private Integer drawOrder;

  @Column(name = "plate")
  private String plate;

  @Column(name = "absent", nullable = false)
  private boolean absent;

  @Column(name = "final_score")
  private BigDecimal finalScore;

  @Column(name = "signed_in_at")
  private OffsetDateTime signedInAt;

  @Column(name = "signed_in_by")
  private Long signedInBy;

  @Column(name = "called_at")
  private OffsetDateTime calledAt;

  @Column(name = "answer_ended_at")
  private OffsetDateTime answerEndedAt;

  @Column(name = "noticed_at")
  private OffsetDateTime noticedAt;

  @Column(name = "meeting_link")
  private String meetingLink;

  @Column(name = "meeting_opens_at")
  private OffsetDateTime meetingOpensAt;

  @Column(name = "meeting_closes_at")
  private OffsetDateTime meetingClosesAt;

  @ElementCollection
  @CollectionTable(name = "iv_recording", joinColumns = @JoinColumn(name = "slot_id"))
  @OrderColumn(name = "position")
  @Column(name = "reference")
  private List<String> recordings = new ArrayList<>();

  protected Slot() {}

  public Slot(long sessionId, long panelId, long recruitmentId, long applicationId) {
    this.sessionId = sessionId;
    this.panelId = panelId;
    this.recruitmentId = recruitmentId;
    this.applicationId = applicationId;
  }

  public void drawn(LotDraw.Drawn drawn) {
    this.drawOrder = drawn.order();
    this.plate = drawn.plate();
  }

  public void markAbsent() {
    this.absent = true;
  }

  public void finalScore(BigDecimal score) {
    this.finalScore = score;
  }

  /** Present after the identity check (身份核验), by the staff member who checked. */
  public void signIn(long byAccount, OffsetDateTime at) {
    if (signedIn()) {
      throw new IllegalStateException("signed in already");
    }
    this.signedInAt = at;
    this.signedInBy = byAccount;
  }

  public boolean signedIn() {
    return signedInAt != null;
  }

  /** Called into the room: the answer time runs from now. */
  public void call(OffsetDateTime at) {
    if (calledAt != null) {
      throw new IllegalStateException("called already");
    }
    this.calledAt = at;
  }

  /** The answer ended (the candidate finished or the time ran out); recorded once. */
  public void endAnswer(OffsetDateTime at) {
    if (calledAt == null || answerEndedAt != null) {
      throw new IllegalStateException("not answering");
    }
    this.answerEndedAt = at;
  }

  public boolean answering() {
    return calledAt != null && answerEndedAt == null;
  }

  public void noticed(OffsetDateTime at) {
    this.noticedAt = at;
  }

  /**
   * The online form's meeting link, shown to the candidate from {@code opens} until {@code closes}.
   */
  public void meeting(String link, OffsetDateTime opens, OffsetDateTime closes) {
    if (!opens.isBefore(closes)) {
      throw new IllegalArgumentException("the meeting window must open before it closes");
    }
    this.meetingLink = link;
    this.meetingOpensAt = opens;
    this.meetingClosesAt = closes;
  }

  /** The link, only while its window is open at {@code now}. */
  public Optional<String> meetingLinkAt(OffsetDateTime now) {
    boolean open =
        meetingLink != null && !now.isBefore(meetingOpensAt) && now.isBefore(meetingClosesAt);
    return open ? Optional.of(meetingLink) : Optional.empty();
  }

  public void recordings(List<String> references) {
    recordings.clear();
    recordings.addAll(references);
  }

  public List<String> recordings() {
    return List.copyOf(recordings);
  }

  public Optional<OffsetDateTime> signedInAt() {
    return Optional.ofNullable(signedInAt);
  }

  public Optional<OffsetDateTime> calledAt() {
    return Optional.ofNullable(calledAt);
  }

  public Optional<OffsetDateTime> answerEndedAt() {
    return Optional.ofNullable(answerEndedAt);
  }

  public Optional<OffsetDateTime> noticedAt() {
    return Optional.ofNullable(noticedAt);
  }

  public Optional<String> meetingLink() {
    return Optional.ofNullable(meetingLink);
  }

  public Optional<OffsetDateTime> meetingOpensAt() {
    return Optional.ofNullable(meetingOpensAt);
  }

  public Optional<OffsetDateTime> meetingClosesAt() {
    return Optional.ofNullable(meetingClosesAt);
  }

  public Long id() {
    return id;
  }

  public long sessionId() {
    return sessionId;
  }

  public long panelId() {
    return panelId;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public long applicationId() {
    return applicationId;
  }

  public Optional<Integer> drawOrder() {
    return Optional.ofNullable(drawOrder);
  }

  public Optional<String> plate() {
    return Optional.ofNullable(plate);
  }

  public boolean absent() {
    return absent;
  }

  public Optional<BigDecimal> finalScore() {
    return Optional.ofNullable(finalScore);
  }
}
