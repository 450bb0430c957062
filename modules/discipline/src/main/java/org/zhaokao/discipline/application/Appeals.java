package org.zhaokao.discipline.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.catalogue.ViolationTypes;
import org.zhaokao.discipline.domain.incident.Incident;
import org.zhaokao.discipline.domain.incident.Incidents;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The candidate's side (申诉): the decisions about them, and an appeal before the deadline. Object
 * level: a candidate sees and appeals only their own; anyone else's is "not found".
 */
@Stateless
public class Appeals {

  private static final String SELF = "candidate:self";

  @Inject private Incidents incidents;
  @Inject private ViolationTypes types;
  @Inject private Guard guard;

  public List<CandidateIncidentView> mine(Actor actor) {
    long me = candidate(actor);
    return incidents.decidedFor(me).stream().map(this::view).toList();
  }

  public CandidateIncidentView appeal(Actor actor, long id, String reason) {
    long me = candidate(actor);
    Incident i = incidents.find(id).orElseThrow(() -> DisciplineException.notFound("incident", id));
    i.appeal(me, reason, OffsetDateTime.now(ZoneOffset.UTC));
    guard.record(
        guard.entry(actor, "discipline.appeal.filed").target("incident", String.valueOf(id)));
    return view(i);
  }

  private long candidate(Actor actor) {
    if (actor.principal().map(p -> p.candidate()).orElse(false) && actor.isPermitted(SELF)) {
      return actor.accountId();
    }
    throw DisciplineException.forbidden("Only the candidate concerned may do this");
  }

  private CandidateIncidentView view(Incident i) {
    return CandidateIncidentView.of(i, types.version(i.typeId()).orElseThrow());
  }
}
