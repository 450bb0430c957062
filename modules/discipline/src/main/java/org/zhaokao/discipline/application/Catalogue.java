package org.zhaokao.discipline.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import org.zhaokao.discipline.domain.DisciplineException;
import org.zhaokao.discipline.domain.catalogue.ViolationType;
import org.zhaokao.discipline.domain.catalogue.ViolationTypeTerms;
import org.zhaokao.discipline.domain.catalogue.ViolationTypes;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The catalogue of violation types (违纪违规行为目录): read by whoever reports or decides, edited by
 * officers who decide. An edit adds a version; incidents keep theirs.
 */
@Stateless
public class Catalogue {

  @Inject private ViolationTypes types;
  @Inject private Guard guard;

  public List<ViolationTypeView> current(Actor actor) {
    guard.require(actor, Guard.REPORT);
    return types.current().stream().map(ViolationTypeView::of).toList();
  }

  public List<ViolationTypeView> versions(Actor actor, String code) {
    guard.require(actor, Guard.REPORT);
    List<ViolationType> all = types.versions(code);
    if (all.isEmpty()) {
      throw DisciplineException.notFound("violation type", code);
    }
    return all.stream().map(ViolationTypeView::of).toList();
  }

  /** Adds a type, or the next version of an existing one (which becomes current). */
  public ViolationTypeView save(Actor actor, String code, ViolationTypeTerms terms) {
    guard.require(actor, Guard.DECIDE);
    if (code == null || code.length() > 40 || !ViolationTypeTerms.CODE.matcher(code).matches()) {
      throw DisciplineException.invalid(
          "code", "A type's code is lower-case words joined by hyphens, at most 40 characters");
    }
    Optional<ViolationType> previous = types.current(code);
    int version = previous.map(p -> p.version() + 1).orElse(1);
    previous.ifPresent(ViolationType::supersede);
    ViolationType next =
        new ViolationType(
            code,
            version,
            terms,
            String.valueOf(guard.account(actor)),
            OffsetDateTime.now(ZoneOffset.UTC));
    types.add(next);
    guard.record(
        guard
            .entry(actor, "discipline.violation-type.saved")
            .target("violation-type", code)
            .detail("version", String.valueOf(version))
            .detail("sanctions", String.join(",", ViolationTypeView.of(next).sanctions()))
            .detail("maxBlacklistYears", String.valueOf(terms.maxBlacklistYears())));
    return ViolationTypeView.of(next);
  }
}
