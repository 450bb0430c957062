package org.zhaokao.discipline.domain.incident;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.blacklist.BlacklistScope;
import org.zhaokao.discipline.domain.catalogue.Sanction;
import org.zhaokao.discipline.domain.catalogue.ViolationType;

/**
 * The decision part of an {@link Incident} (处理决定): the sanctions, the years of a blacklisting, the
 * reason, who decided and when, the second approver of a blacklisting and the appeal deadline once
 * it is in force. It checks the terms against the catalogue version the incident was reported
 * under.
 */
@Embeddable
public class Decision {

  @Column(length = 100)
  private String sanctions;

  @Column(name = "blacklist_years", nullable = false)
  private int blacklistYears;

  @Enumerated(EnumType.STRING)
  @Column(name = "blacklist_scope", nullable = false, length = 10)
  private BlacklistScope blacklistScope = BlacklistScope.ALL;

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

  protected Decision() {}

  /** Refuses terms the type does not allow, a bar too long, or a sanction without evidence. */
  static void check(DecisionTerms terms, ViolationType type, boolean hasEvidence) {
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
    if (!terms.sanctions().isEmpty() && type.evidenceRequired() && !hasEvidence) {
      throw DisciplineException.invalid(
          "evidence",
          "Violation type "
              + type.code()
              + " requires evidence before a sanction: none was reported");
    }
  }

  static Decision of(DecisionTerms terms, long officer, OffsetDateTime at) {
    Decision d = new Decision();
    d.sanctions =
        terms.sanctions().stream().map(Enum::name).sorted().collect(Collectors.joining(","));
    d.blacklistYears = terms.blacklistYears();
    d.blacklistScope = terms.blacklistScope();
    d.decisionReason = terms.reason();
    d.decidedBy = officer;
    d.decidedAt = at;
    return d;
  }

  static Decision none() {
    return new Decision();
  }

  void approvedBy(long approver) {
    approvedBy = approver;
  }

  void inForce(Duration appealWindow, OffsetDateTime at) {
    appealDeadline = at.plus(appealWindow);
  }

  boolean decidedBy(long officer) {
    return decidedBy != null && decidedBy == officer;
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

  /** Whom a blacklisting bars: every employer, or the incident's employer only. */
  public BlacklistScope blacklistScope() {
    return blacklistScope == null ? BlacklistScope.ALL : blacklistScope;
  }

  public Optional<String> reason() {
    return Optional.ofNullable(decisionReason);
  }

  public Optional<Long> decidedBy() {
    return Optional.ofNullable(decidedBy);
  }

  public Optional<OffsetDateTime> decidedAt() {
    return Optional.ofNullable(decidedAt);
  }

  public Optional<Long> approvedBy() {
    return Optional.ofNullable(approvedBy);
  }

  public Optional<OffsetDateTime> appealDeadline() {
    return Optional.ofNullable(appealDeadline);
  }
}
