package org.zhaokao.discipline.domain.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.SequenceGenerator;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.catalogue.Sanction;
import org.zhaokao.discipline.domain.catalogue.ViolationType;

/**
 * A reported violation (违纪事件) and its handling: who, where, which type (the catalogue version it is
 * handled under), the facts and evidence, the findings, the decision with its second approver when
 * it blacklists, the appeal and its resolution. The methods are the workflow; each refuses a step
 * the current state does not allow and changes nothing then.
 */
@Entity
@Table(name = "dc_incident")
public class Incident {

  @Id
  @SequenceGenerator(name = "dc_incident_seq", sequenceName = "dc_incident_seq")
  @GeneratedValue(strategy = GenerationType.SEQUENCE, generator = "dc_incident_seq")
  private Long id;

  @Column(name = "recruitment_id", nullable = false)
  private long recruitmentId;

  @Column(name = "application_id", nullable = false)
  private long applicationId;

  @Column(name = "candidate_id", nullable = false)
  private long candidateId;

  @Column(name = "stage_id", nullable = false, length = 40)
  private String stageId;

  @Column(name = "type_id", nullable = false)
  private long typeId;

  @Column(nullable = false, length = 4000)
  private String facts;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "dc_incident_evidence", joinColumns = @JoinColumn(name = "incident_id"))
  @OrderColumn(name = "seq")
  @Column(name = "ref", nullable = false, length = 500)
  private List<String> evidence = new ArrayList<>();

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 20)
  private IncidentStatus status;

  @Column(name = "reported_by", nullable = false, length = 100)
  private String reportedBy;

  @Column(name = "reported_at", nullable = false)
  private OffsetDateTime reportedAt;

  @Column(length = 4000)
  private String findings;

  @Column(name = "investigated_by")
  private Long investigatedBy;

  @Embedded private Decision decision = Decision.none();

  @Embedded private Appeal appeal = Appeal.none();

  @Embedded private ScoreReinstatement reinstatement = ScoreReinstatement.none();

  /** The late score change that waits for approval in the core, or null. */
  @Enumerated(EnumType.STRING)
  @Column(name = "score_change_pending", length = 16)
  private PendingScoreChange scoreChangePending;

  @Column(name = "closed_at")
  private OffsetDateTime closedAt;

  @Version private long version;

  protected Incident() {}

  /** A new report (已上报) of a candidate who entered the stage. */
  public Incident(
      Reported where,
      ViolationType type,
      String facts,
      List<String> evidence,
      String reportedBy,
      OffsetDateTime at) {
    this.recruitmentId = where.recruitmentId();
    this.applicationId = where.applicationId();
    this.candidateId = where.candidateId();
    this.stageId = where.stageId();
    this.typeId = type.id();
    this.facts = facts;
    this.evidence = new ArrayList<>(evidence);
    this.reportedBy = reportedBy;
    this.reportedAt = at;
    this.status = IncidentStatus.REPORTED;
  }

  /** An officer records what the investigation found (调查); may be repeated until decided. */
  public void investigate(long officer, String text) {
    require(EnumSet.of(IncidentStatus.REPORTED, IncidentStatus.INVESTIGATING), "investigate");
    String f = text == null ? "" : text.strip();
    if (f.isEmpty() || f.length() > 4000) {
      throw DisciplineException.invalid("findings", "The findings are 1 to 4000 characters");
    }
    findings = f;
    investigatedBy = officer;
    status = IncidentStatus.INVESTIGATING;
  }

  /**
   * An officer decides under the type the incident was reported under. A blacklisting waits for a
   * second approver; any other decision is in force at once, with the appeal deadline; no sanction
   * closes the incident.
   *
   * @return the new status
   */
  public IncidentStatus decide(
      long officer,
      DecisionTerms terms,
      ViolationType type,
      Duration appealWindow,
      OffsetDateTime at) {
    require(EnumSet.of(IncidentStatus.INVESTIGATING), "decide");
    if (type.id() != typeId) {
      throw new IllegalArgumentException("decided under another type version than reported");
    }
    Decision.check(terms, type, !evidence.isEmpty());
    decision = Decision.of(terms, officer, at);
    if (terms.sanctions().isEmpty()) {
      status = IncidentStatus.FINAL;
      closedAt = at;
    } else if (terms.blacklists()) {
      status = IncidentStatus.AWAITING_APPROVAL;
    } else {
      inForce(appealWindow, at);
    }
    return status;
  }

  /** A second officer approves a blacklisting (复核同意); the decider cannot. */
  public void approve(long approver, Duration appealWindow, OffsetDateTime at) {
    require(EnumSet.of(IncidentStatus.AWAITING_APPROVAL), "approve");
    requireOther(approver, "approve a blacklisting");
    decision().approvedBy(approver);
    inForce(appealWindow, at);
  }

  /** A second officer refuses a blacklisting: back to investigation, the decision dropped. */
  public void refuse(long approver) {
    require(EnumSet.of(IncidentStatus.AWAITING_APPROVAL), "refuse");
    requireOther(approver, "refuse a blacklisting");
    decision = Decision.none();
    status = IncidentStatus.INVESTIGATING;
  }

  /** The candidate appeals (申诉), before the deadline. */
  public void appeal(long candidate, String reason, OffsetDateTime at) {
    if (candidate != candidateId) {
      throw DisciplineException.notFound("incident", id);
    }
    require(EnumSet.of(IncidentStatus.DECIDED), "appeal");
    OffsetDateTime deadline = decision().appealDeadline().orElseThrow();
    if (at.isAfter(deadline)) {
      throw DisciplineException.conflict(
          "appeal-deadline", "The appeal deadline " + deadline + " has passed");
    }
    appeal = Appeal.filed(reason, at);
    status = IncidentStatus.APPEALED;
  }

  /**
   * An officer other than the decider resolves the appeal (复核): upheld keeps the decision,
   * otherwise it is withdrawn (申诉成立) and the caller reinstates what it took away (the score, the
   * candidate's place in the recruitment, the right to apply).
   */
  public void resolve(long officer, boolean upheld, String note, OffsetDateTime at) {
    require(EnumSet.of(IncidentStatus.APPEALED), "resolve the appeal of");
    requireOther(officer, "resolve the appeal against their own decision");
    appeal().resolve(officer, upheld, note);
    status = IncidentStatus.FINAL;
    closedAt = at;
  }

  /**
   * An officer reinstates the stage score the decision voided because the voiding was an error
   * (恢复成绩), while the decision stands otherwise (a blacklisting stays). Refused when the decision
   * voided no score, when the score came back already (here or by a withdrawing appeal), or before
   * the decision is in force.
   */
  public void reinstateScore(long officer, String note, OffsetDateTime at) {
    if (!sanctions().contains(Sanction.VOID_STAGE_SCORE)) {
      throw DisciplineException.conflict(
          "not-voided", "The decision on incident " + id + " voided no stage score");
    }
    require(
        EnumSet.of(IncidentStatus.DECIDED, IncidentStatus.APPEALED, IncidentStatus.FINAL),
        "reinstate the score of");
    if (scoreReinstated()) {
      throw DisciplineException.conflict(
          "score-reinstated", "The score voided by incident " + id + " was reinstated already");
    }
    reinstatement = ScoreReinstatement.of(officer, note, at);
  }

  /** Whether the voided score came back: reinstated as an error, or the appeal withdrew it. */
  public boolean scoreReinstated() {
    return reinstatement().done() || appeal().upheld().map(u -> !u).orElse(false);
  }

  /**
   * What the core did with the score change asked of it: proposed it as a late change that waits
   * for a second person ({@code change}), or applied or dropped it at once ({@code null}).
   */
  public void scoreChangeAsked(PendingScoreChange change) {
    scoreChangePending = change;
  }

  /**
   * The core applied the waiting late change: a second person approved it.
   *
   * @return false when that change was not waiting (nothing changes)
   */
  public boolean scoreChangeApproved(PendingScoreChange change) {
    if (scoreChangePending != change) {
      return false;
    }
    scoreChangePending = null;
    return true;
  }

  /** The late score change that waits for a second person's approval in the core, if any. */
  public Optional<PendingScoreChange> scoreChangePending() {
    return Optional.ofNullable(scoreChangePending);
  }

  /** Closes a decision nobody appealed once the deadline has passed. */
  public void close(OffsetDateTime at) {
    require(EnumSet.of(IncidentStatus.DECIDED), "close");
    OffsetDateTime deadline = decision().appealDeadline().orElseThrow();
    if (!at.isAfter(deadline)) {
      throw DisciplineException.conflict(
          "appeal-open", "The candidate may appeal until " + deadline + "; close it after that");
    }
    status = IncidentStatus.FINAL;
    closedAt = at;
  }

  private void inForce(Duration appealWindow, OffsetDateTime at) {
    decision().inForce(appealWindow, at);
    status = IncidentStatus.DECIDED;
  }

  private void requireOther(long officer, String what) {
    if (decision().decidedBy(officer)) {
      throw DisciplineException.conflict(
          "second-person", "A second officer, not the one who decided, must " + what);
    }
  }

  private void require(Set<IncidentStatus> allowed, String what) {
    if (!allowed.contains(status)) {
      throw DisciplineException.conflict(
          "incident-status", "Incident " + id + " is " + status + "; cannot " + what + " it");
    }
  }

  public Long id() {
    return id;
  }

  public long recruitmentId() {
    return recruitmentId;
  }

  public long applicationId() {
    return applicationId;
  }

  public long candidateId() {
    return candidateId;
  }

  public String stageId() {
    return stageId;
  }

  public long typeId() {
    return typeId;
  }

  public String facts() {
    return facts;
  }

  public List<String> evidence() {
    return List.copyOf(evidence);
  }

  public IncidentStatus status() {
    return status;
  }

  public String reportedBy() {
    return reportedBy;
  }

  public OffsetDateTime reportedAt() {
    return reportedAt;
  }

  public Optional<String> findings() {
    return Optional.ofNullable(findings);
  }

  /** The decision; empty parts until decided. */
  public Decision decision() {
    if (decision == null) {
      decision = Decision.none();
    }
    return decision;
  }

  /** The appeal; empty parts until the candidate appeals. */
  public Appeal appeal() {
    if (appeal == null) {
      appeal = Appeal.none();
    }
    return appeal;
  }

  /** The reinstatement of a score voided in error; empty parts until then. */
  public ScoreReinstatement reinstatement() {
    if (reinstatement == null) {
      reinstatement = ScoreReinstatement.none();
    }
    return reinstatement;
  }

  public Set<Sanction> sanctions() {
    return decision().sanctions();
  }

  public Optional<OffsetDateTime> closedAt() {
    return Optional.ofNullable(closedAt);
  }
}
