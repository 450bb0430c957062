package org.zhaokao.discipline.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.blacklist.BlacklistScope;
import org.zhaokao.discipline.domain.catalogue.Sanction;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.catalogue.ViolationTypes;
import org.zhaokao.discipline.domain.incident.DecisionTerms;
import org.zhaokao.discipline.domain.incident.Incident;
import org.zhaokao.discipline.domain.incident.IncidentStatus;
import org.zhaokao.discipline.domain.incident.Incidents;
import org.zhaokao.plugins.api.audit.AuditResult;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The officers' side of the workflow (违纪处置流程): investigate, decide, approve or refuse a
 * blacklisting as the second officer, resolve an appeal, close after the deadline. Each step is
 * permission-checked, audited and, where it puts a decision in force, applies its consequences.
 */
@Stateless
public class IncidentWorkflow {

  @Inject private Incidents incidents;
  @Inject private ViolationTypes types;
  @Inject private Guard guard;
  @Inject private CoreAccess access;
  @Inject private Consequences consequences;
  @Inject private DecisionNotices notices;

  public List<IncidentView> list(Actor actor, String status) {
    guard.require(actor, Guard.REPORT);
    IncidentStatus s = null;
    if (status != null && !status.isBlank()) {
      try {
        s = IncidentStatus.valueOf(status.trim().toUpperCase(Locale.ROOT));
      } catch (IllegalArgumentException e) {
        throw DisciplineException.invalid(
            "status", "status is one of " + List.of(IncidentStatus.values()));
      }
    }
    return incidents.list(s, 200).stream().map(this::view).toList();
  }

  public IncidentView get(Actor actor, long id) {
    guard.require(actor, Guard.REPORT);
    return view(find(id));
  }

  public IncidentView investigate(Actor actor, long id, String findings) {
    guard.require(actor, Guard.DECIDE);
    Incident i = find(id);
    i.investigate(guard.account(actor), findings);
    guard.record(
        guard
            .entry(actor, "discipline.incident.investigated")
            .target("incident", String.valueOf(id)));
    return view(i);
  }

  public IncidentView decide(Actor actor, long id, DecisionForm form) {
    guard.require(actor, Guard.DECIDE);
    if (form == null) {
      throw DisciplineException.invalid("decision", "Send the decision");
    }
    Incident i = find(id);
    ViolationType type = typeOf(i);
    DecisionTerms terms =
        new DecisionTerms(
            sanctions(form.sanctions()),
            form.blacklistYears() == null ? 0 : form.blacklistYears(),
            scope(form.blacklistScope()),
            form.reason());
    OffsetDateTime now = now();
    IncidentStatus to = i.decide(guard.account(actor), terms, type, access.appealWindow(), now);
    if (to == IncidentStatus.DECIDED) {
      consequences.inForce(i, type, now);
    }
    guard.record(
        guard
            .entry(actor, "discipline.incident.decided")
            .target("incident", String.valueOf(id))
            .detail("sanctions", String.join(",", view(i).sanctions()))
            .detail("blacklistYears", String.valueOf(i.decision().blacklistYears()))
            .detail("status", to.name()));
    return view(i);
  }

  /** The second officer approves (or refuses) a blacklisting; the decider is refused, audited. */
  public IncidentView approve(Actor actor, long id, boolean approve) {
    guard.require(actor, Guard.APPROVE);
    Incident i = find(id);
    long officer = guard.account(actor);
    String action = approve ? "discipline.incident.approved" : "discipline.incident.refused";
    try {
      if (approve) {
        OffsetDateTime now = now();
        i.approve(officer, access.appealWindow(), now);
        consequences.inForce(i, typeOf(i), now);
      } else {
        i.refuse(officer);
      }
    } catch (DisciplineException e) {
      guard.record(
          guard
              .entry(actor, action)
              .target("incident", String.valueOf(id))
              .result(AuditResult.DENIED)
              .detail("reason", e.code()));
      throw e;
    }
    guard.record(guard.entry(actor, action).target("incident", String.valueOf(id)));
    return view(i);
  }

  public IncidentView resolveAppeal(Actor actor, long id, Boolean upheld, String note) {
    guard.require(actor, Guard.DECIDE);
    if (upheld == null) {
      throw DisciplineException.invalid("upheld", "Say whether the decision is upheld");
    }
    Incident i = find(id);
    OffsetDateTime now = now();
    long officer = guard.account(actor);
    i.resolve(officer, upheld, note, now);
    boolean scorePending = !upheld && consequences.withdrawn(i, officer, now);
    notices.appealResolved(i, scorePending);
    guard.record(
        guard
            .entry(actor, "discipline.appeal.resolved")
            .target("incident", String.valueOf(id))
            .detail("upheld", String.valueOf(upheld))
            .detail("withdrawn", upheld ? "" : String.join(",", view(i).sanctions())));
    return view(i);
  }

  /**
   * An officer reinstates a score the decision voided in error (恢复成绩). Before the stage is
   * published it is back at once; in a published stage the core holds it as a late change that a
   * second person, not this officer, approves. Audited; the candidate is told which.
   */
  public IncidentView reinstateScore(Actor actor, long id, String note) {
    guard.require(actor, Guard.DECIDE);
    Incident i = find(id);
    long officer = guard.account(actor);
    i.reinstateScore(officer, note, now());
    boolean pending = consequences.scoreReinstated(i, officer);
    notices.scoreReinstated(i, pending);
    guard.record(
        guard
            .entry(actor, "discipline.score.reinstated")
            .target("incident", String.valueOf(id))
            .detail("application", String.valueOf(i.applicationId()))
            .detail("stage", i.stageId())
            .detail("awaitingApproval", String.valueOf(pending)));
    return view(i);
  }

  public IncidentView close(Actor actor, long id) {
    guard.require(actor, Guard.DECIDE);
    Incident i = find(id);
    i.close(now());
    guard.record(
        guard.entry(actor, "discipline.incident.closed").target("incident", String.valueOf(id)));
    return view(i);
  }

  private static Set<Sanction> sanctions(List<String> names) {
    Set<Sanction> out = EnumSet.noneOf(Sanction.class);
    for (String n : names == null ? List.<String>of() : names) {
      try {
        out.add(Sanction.valueOf(String.valueOf(n).trim().toUpperCase(Locale.ROOT)));
      } catch (IllegalArgumentException e) {
        throw DisciplineException.invalid(
            "sanctions", "Unknown sanction " + n + "; one of " + List.of(Sanction.values()));
      }
    }
    return out;
  }

  private static BlacklistScope scope(String name) {
    if (name == null || name.isBlank()) {
      return BlacklistScope.ALL;
    }
    try {
      return BlacklistScope.valueOf(name.trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw DisciplineException.invalid(
          "blacklistScope", "blacklistScope is one of " + List.of(BlacklistScope.values()));
    }
  }

  private Incident find(long id) {
    return incidents.find(id).orElseThrow(() -> DisciplineException.notFound("incident", id));
  }

  private ViolationType typeOf(Incident i) {
    return types.version(i.typeId()).orElseThrow();
  }

  private IncidentView view(Incident i) {
    return IncidentView.of(i, typeOf(i));
  }

  private static OffsetDateTime now() {
    return OffsetDateTime.now(ZoneOffset.UTC);
  }
}
