package org.zhaokao.pipeline.domain.flow;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;

/**
 * A candidate who is in a stage (参加本阶段): the approved applications enter the first stage, those who
 * advance enter the next. Only entrants may have an outcome in the stage.
 */
@Entity
@Table(name = "core_stage_entrant")
public class Entrant {

  @Id
  @SequenceGenerator(
      name = "core_stage_entrant_seq",
      sequenceName = "core_stage_entrant_seq",
      allocationSize = 50)
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "core_stage_entrant_seq")
  private Long id;

  @Column(name = "stage_instance_id", nullable = false)
  private long stageInstanceId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "position_id", nullable = false)
  private long positionId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  protected Entrant() {}

  public Entrant(long stageInstanceId, long applicationId, long positionId, long candidateId) {
    this.stageInstanceId = stageInstanceId;
    this.applicationId = applicationId;
    this.positionId = positionId;
    this.candidateId = candidateId;
  }

  public long stageInstanceId() {
    return stageInstanceId;
  }

  public long applicationId() {
    return applicationId;
  }

  public long positionId() {
    return positionId;
  }

  public long candidateId() {
    return candidateId;
  }
}
