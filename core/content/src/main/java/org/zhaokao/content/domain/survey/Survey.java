package org.zhaokao.content.domain.survey;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.OffsetDateTime;
import java.util.Optional;
import org.zhaokao.platform.validation.ConflictException;

/**
 * A satisfaction survey (满意度调查, SPEC Q2) about one stage of a recruitment or the recruitment as a
 * whole. It waits SCHEDULED until its moment ({@link OpeningRule}) or until staff open it by hand;
 * while OPEN the recruitment's candidates answer it once each; once CLOSED its results are final.
 */
@Entity
@Table(name = "core_survey")
public class Survey {

  @Id
  @SequenceGenerator(
      name = "core_survey_seq",
      sequenceName = "core_survey_seq",
      allocationSize = 10)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_survey_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SurveyScope scope;

  @Column(name = "stage_instance_id")
  private Long stageInstanceId;

  @Column(nullable = false, length = 200)
  private String title;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 16)
  private SurveyStatus status = SurveyStatus.SCHEDULED;

  @Column(name = "created_by", nullable = false)
  private long createdBy;

  @Column(name = "created_at", nullable = false)
  private OffsetDateTime createdAt;

  @Column(name = "opened_at")
  private OffsetDateTime openedAt;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Version private long version;

  protected Survey() {}

  /** A stage survey when {@code stageInstanceId} is given, else one about the whole recruitment. */
  public Survey(
      long recruitmentId, Long stageInstanceId, String title, long createdBy, OffsetDateTime at) {
    this.recruitmentId = recruitmentId;
    this.scope = stageInstanceId == null ? SurveyScope.RECRUITMENT : SurveyScope.STAGE;
    this.stageInstanceId = stageInstanceId;
    this.title = title;
    this.createdBy = createdBy;
    this.createdAt = at;
  }

  /** SCHEDULED → OPEN. */
  public void open(OffsetDateTime at) {
    if (status != SurveyStatus.SCHEDULED) {
      throw new ConflictException(
          "survey-not-scheduled", "The survey is " + status + "; only a scheduled survey opens");
    }
    status = SurveyStatus.OPEN;
    openedAt = at;
  }

  /** OPEN → CLOSED; a scheduled survey that never opened closes too (it is not wanted). */
  public void close(OffsetDateTime at) {
    if (status == SurveyStatus.CLOSED) {
      throw new ConflictException("survey-closed", "The survey is already closed");
    }
    status = SurveyStatus.CLOSED;
    closedAt = at;
  }

  /**
   * Refuses an answer unless the survey is open.
   *
   * @throws ConflictException when it is not
   */
  public void requireOpen() {
    if (status != SurveyStatus.OPEN) {
      throw new ConflictException(
          "survey-not-open",
          status == SurveyStatus.CLOSED
              ? "This survey is closed; answers are no longer taken"
              : "This survey is not open yet");
    }
  }

  public long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public SurveyScope scope() {
    return scope;
  }

  public Optional<Long> stageInstanceId() {
    return Optional.ofNullable(stageInstanceId);
  }

  public String title() {
    return title;
  }

  public SurveyStatus status() {
    return status;
  }

  public OffsetDateTime createdAt() {
    return createdAt;
  }

  public Optional<OffsetDateTime> openedAt() {
    return Optional.ofNullable(openedAt);
  }

  public Optional<OffsetDateTime> closedAt() {
    return Optional.ofNullable(closedAt);
  }
}
