package org.zhaokao.discipline.domain.incident;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
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
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
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

  @Column(length = 100)
  private String sanctions;

  @Column(name = "blacklist_years", nullable = false)
  private int blacklistYears;

  @Column(name = "decision_reason", length = 1000)
  private String decisionReason;

  @Column(name = "decided_by")
  private Long decidedBy;

  @Column(name = "decided_at")
  private OffsetDateTime decidedAt;

  @Column(name = "approved_by")
  private Long approvedBy;

  @Column(name = "appeal_deadline")
  private OffsetDateTime appealDeadline;

  @Column(name = "appeal_reason", length = 2000)
  private String appealReason;

  @Column(name = "appealed_at")
  private OffsetDateTime appealedAt;

  @Column(name = "appeal_upheld")
  private Boolean appealUpheld;

  @Column(name = "resolution_note", length = 1000)
  private String resolutionNote;

  @Column(name = "resolved_by")
  private Long resolvedBy;

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

  /** Where an incident happened: the recruitment, the application, its candidate and the stage. */
  public record Reported(
      long recruitmentId, long applicationId, long candidateId, String stageId) {}

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
    Set<Sanction> notAllowed = EnumSet.noneOf(Sanction.class);
    notAllowed.addAll(terms.sanctions());
    notAllowed.removeAll(type.allowed());
    if (!notAllowed.isEmpty()) {
      throw DisciplineException.invalid(
          "sanctions",
          "Violation type "
              + type.code()
              + " (version "
              + type.version()
              + ") does not allow "
              + notAllowed
              + "; it allows "
              + type.allowed());
    }
    if (terms.blacklistYears() > type.maxBlacklistYears() && terms.blacklists()) {
      throw DisciplineException.invalid(
          "blacklistYears",
          "Violation type "
              + type.code()
              + " allows a bar of at most "
              + type.maxBlacklistYears()
              + " years");
    }
    if (!terms.sanctions().isEmpty() && type.evidenceRequired() && evidence.isEmpty()) {
      throw DisciplineException.invalid(
          "evidence",
          "Violation type "
              + type.code()
              + " requires evidence before a sanction: none was reported");
    }
    sanctions =
        terms.sanctions().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    blacklistYears = terms.blacklistYears();
    decisionReason = terms.reason();
    decidedBy = officer;
    decidedAt = at;
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
    approvedBy = approver;
    inForce(appealWindow, at);
  }

  /** A second officer refuses a blacklisting: back to investigation, the decision dropped. */
  public void refuse(long approver) {
    require(EnumSet.of(IncidentStatus.AWAITING_APPROVAL), "refuse");
    requireOther(approver, "refuse a blacklisting");
    sanctions = null;
    blacklistYears = 0;
    decisionReason = null;
    decidedBy = null;
    decidedAt = null;
    status = IncidentStatus.INVESTIGATING;
  }

  /** The candidate appeals (申诉), before the deadline. */
  public void appeal(long candidate, String reason, OffsetDateTime at) {
    if (candidate != candidateId) {
      throw DisciplineException.notFound("incident", id);
    }
    require(EnumSet.of(IncidentStatus.DECIDED), "appeal");
    if (at.isAfter(appealDeadline)) {
      throw DisciplineException.conflict(
          "appeal-deadline", "The appeal deadline " + appealDeadline + " has passed");
    }
    String r = reason == null ? "" : reason.strip();
    if (r.isEmpty() || r.length() > 2000) {
      throw DisciplineException.invalid(
          "reason", "An appeal states its reason in 1 to 2000 characters");
    }
    appealReason = r;
    appealedAt = at;
    status = IncidentStatus.APPEALED;
  }

  /**
   * An officer other than the decider resolves the appeal (复核): upheld keeps the decision,
   * otherwise it is withdrawn. A disqualification cannot be withdrawn here: the core has no
   * reinstatement yet.
   */
  public void resolve(long officer, boolean upheld, String note, OffsetDateTime at) {
    require(EnumSet.of(IncidentStatus.APPEALED), "resolve the appeal of");
    requireOther(officer, "resolve the appeal against their own decision");
    if (!upheld && sanctions().contains(Sanction.DISQUALIFY)) {
      throw DisciplineException.conflict(
          "reinstatement-unsupported",
          "A disqualification cannot be withdrawn yet: the core offers no reinstatement");
    }
    String n = note == null ? "" : note.strip();
    if (n.isEmpty() || n.length() > 1000) {
      throw DisciplineException.invalid(
          "note", "The resolution states its grounds in 1 to 1000 characters");
    }
    appealUpheld = upheld;
    resolutionNote = n;
    resolvedBy = officer;
    status = IncidentStatus.FINAL;
    closedAt = at;
  }

  /** Closes a decision nobody appealed once the deadline has passed. */
  public void close(OffsetDateTime at) {
    require(EnumSet.of(IncidentStatus.DECIDED), "close");
    if (!at.isAfter(appealDeadline)) {
      throw DisciplineException.conflict(
          "appeal-open",
          "The candidate may appeal until " + appealDeadline + "; close it after that");
    }
    status = IncidentStatus.FINAL;
    closedAt = at;
  }

  private void inForce(Duration appealWindow, OffsetDateTime at) {
    appealDeadline = at.plus(appealWindow);
    status = IncidentStatus.DECIDED;
  }

  private void requireOther(long officer, String what) {
    if (decidedBy != null && decidedBy == officer) {
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

  public Set<Sanction> sanctions() {
    Set<Sanction> out = EnumSet.noneOf(Sanction.class);
    if (sanctions != null) {
      Arrays.stream(sanctions.split(","))
          .filter(s -> !s.isBlank())
          .map(Sanction::valueOf)
          .forEach(out::add);
    }
    return out;
  }

  public int blacklistYears() {
    return blacklistYears;
  }

  public Optional<String> decisionReason() {
    return Optional.ofNullable(decisionReason);
  }

  public Optional<Long> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<Long> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<OffsetDateTime> appealDeadline() {
    return Optional.ofNullable(appealDeadline);
  }

  public Optional<String> appealReason() {
    return Optional.ofNullable(appealReason);
  }

  public String resolutionNote() {
    return resolutionNote == null ? "" : resolutionNote;
  }

  public Optional<Boolean> appealUpheld() {
    return Optional.ofNullable(appealUpheld);
  }

  public Optional<OffsetDateTime> closedAt() {
    return Optional.ofNullable(closedAt);
  }
}
