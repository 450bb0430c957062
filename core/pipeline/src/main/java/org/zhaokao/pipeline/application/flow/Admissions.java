package org.zhaokao.pipeline.application.flow;

import jakarta.ejb.EJB;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.zhaokao.pipeline.application.flow.RecruitmentFacts.Facts;
import org.zhaokao.pipeline.domain.admission.AdmissionList;
import org.zhaokao.pipeline.domain.admission.AdmissionListStatus;
import org.zhaokao.pipeline.domain.admission.Admit;
import org.zhaokao.pipeline.domain.admission.AdmitStatus;
import org.zhaokao.pipeline.domain.flow.Entrant;
import org.zhaokao.pipeline.domain.flow.Pipelines;
import org.zhaokao.pipeline.domain.flow.StageInstance;
import org.zhaokao.pipeline.domain.flow.StageInstanceStatus;
import org.zhaokao.pipeline.domain.ranking.AdmissionProposal;
import org.zhaokao.pipeline.domain.ranking.RankedCandidate;
import org.zhaokao.platform.validation.ConflictException;
import org.zhaokao.platform.validation.InvalidInputException;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;

/**
 * The admission list (拟录用, SPEC F7): proposed by rank after the last stage is published, confirmed
 * by the employer, published with a publicity period and notified; a withdrawal or disqualification
 * during publicity proposes the next ranked candidate (递补), whom the employer confirms and who is
 * then notified. Every step is audited.
 */
@Stateless
public class Admissions {

  private static final int MAX_PUBLICITY_DAYS = 30;

  @Inject private Pipelines pipelines;
  @Inject private PipelineAccess access;
  @Inject private Standings standings;
  @Inject private PipelineNotices notices;
  @EJB private RecruitmentFacts facts;
  @EJB private RecruitmentLifecycle lifecycle;

  /** Proposes the headcount of every position by rank, and records the ranking's hashes. */
  public AdmissionView propose(Actor actor, long recruitmentId) {
    Facts r = access.require(actor, recruitmentId, PipelineAccess.MANAGE);
    List<StageInstance> chain = pipelines.chain(recruitmentId);
    if (chain.isEmpty() || chain.get(chain.size() - 1).status() != StageInstanceStatus.PUBLISHED) {
      throw new ConflictException(
          "admission.not-ready", "The admission list follows the published last stage");
    }
    if (pipelines.admissionList(recruitmentId).isPresent()) {
      throw new ConflictException("admission.exists", "The admission list is already proposed");
    }
    Standings.Computed c = standings.rank(chain, r.headcounts());
    pipelines.add(new AdmissionList(recruitmentId, c.inputsSha256(), c.rankingSha256()));
    Map<Long, Entrant> entrants = standings.entrants(chain.get(chain.size() - 1));
    OffsetDateTime now = PipelineSetup.now();
    for (RankedCandidate x : AdmissionProposal.propose(c.ranked(), r.headcounts(), Set.of())) {
      pipelines.add(admit(recruitmentId, x, entrants, null, now));
    }
    access.record(
        access
            .entry(actor, "pipeline.admission.proposed")
            .target("recruitment", String.valueOf(recruitmentId))
            .detail("inputsSha256", c.inputsSha256())
            .detail("rankingSha256", c.rankingSha256()));
    return view(r);
  }

  /**
   * The published list for everyone (拟录用人员公示): confirmed admits with masked names. 404 until the
   * list is published.
   */
  public PublicAdmissionView published(long recruitmentId) {
    AdmissionList list =
        pipelines
            .admissionList(recruitmentId)
            .filter(l -> l.status() == AdmissionListStatus.PUBLISHED)
            .orElseThrow(
                () -> new RecordNotFoundException("published admission list", recruitmentId));
    Facts r =
        facts
            .recruitment(recruitmentId)
            .orElseThrow(() -> new RecordNotFoundException("recruitment", recruitmentId));
    List<Admit> admits =
        pipelines.admits(recruitmentId).stream()
            .filter(a -> a.status() == AdmitStatus.CONFIRMED)
            .toList();
    Map<Long, RecruitmentFacts.PublicEntry> entries =
        facts.publicEntries(admits.stream().map(Admit::applicationId).toList());
    List<PublicAdmissionView.Line> lines =
        admits.stream()
            .map(
                a -> {
                  RecruitmentFacts.PositionFact p = r.positions().get(a.positionId());
                  RecruitmentFacts.PublicEntry e =
                      entries.getOrDefault(
                          a.applicationId(), new RecruitmentFacts.PublicEntry("", null));
                  return new PublicAdmissionView.Line(
                      p == null ? "" : p.code(),
                      r.positionTitle(a.positionId()),
                      a.rank(),
                      e.maskedName(),
                      e.ticketNumber(),
                      a.composite(),
                      a.replacesApplicationId().isPresent());
                })
            .sorted(
                java.util.Comparator.comparing(PublicAdmissionView.Line::positionCode)
                    .thenComparingInt(PublicAdmissionView.Line::rank))
            .toList();
    return new PublicAdmissionView(
        recruitmentId,
        r.title(),
        list.publishedAt().orElse(null),
        list.publicityEndsAt().orElse(null),
        list.inPublicity(PipelineSetup.now()),
        lines);
  }

  public AdmissionView view(Actor actor, long recruitmentId) {
    return view(access.visible(actor, recruitmentId));
  }

  /**
   * The employer confirms the proposed admits: the whole list at first, a substitute later (who is
   * then notified at once, the list being public).
   */
  public AdmissionView confirm(Actor actor, long recruitmentId) {
    Facts r = access.require(actor, recruitmentId, PipelineAccess.CONFIRM);
    AdmissionList list = list(recruitmentId);
    List<Admit> proposed =
        pipelines.admits(recruitmentId).stream()
            .filter(a -> a.status() == AdmitStatus.PROPOSED)
            .toList();
    if (list.status() == AdmissionListStatus.PROPOSED) {
      list.confirm(actor.accountId());
    } else if (proposed.isEmpty()) {
      throw new ConflictException("admission.nothing-to-confirm", "No admit awaits confirmation");
    }
    OffsetDateTime now = PipelineSetup.now();
    for (Admit a : proposed) {
      a.confirm(now);
      if (list.status() == AdmissionListStatus.PUBLISHED) {
        tell(r, list, a);
      }
    }
    access.record(
        access
            .entry(actor, "pipeline.admission.confirmed")
            .target("recruitment", String.valueOf(recruitmentId))
            .detail(
                "applications",
                proposed.stream()
                    .map(a -> String.valueOf(a.applicationId()))
                    .collect(Collectors.joining(","))));
    return view(r);
  }

  /** Publishes the confirmed list with a publicity period of 1 to 30 days, and notifies admits. */
  public AdmissionView publish(Actor actor, long recruitmentId, int publicityDays) {
    Facts r = access.require(actor, recruitmentId, PipelineAccess.MANAGE);
    if (publicityDays < 1 || publicityDays > MAX_PUBLICITY_DAYS) {
      throw InvalidInputException.of(
          "publicityDays", "admission.publicity", "The publicity period is 1 to 30 days");
    }
    AdmissionList list = list(recruitmentId);
    OffsetDateTime now = PipelineSetup.now();
    list.publish(now, now.plusDays(publicityDays));
    pipelines.admits(recruitmentId).stream()
        .filter(a -> a.status() == AdmitStatus.CONFIRMED)
        .forEach(a -> tell(r, list, a));
    lifecycle.admissionPublished(recruitmentId);
    access.record(
        access
            .entry(actor, "pipeline.admission.published")
            .target("recruitment", String.valueOf(recruitmentId))
            .detail("publicityEndsAt", list.publicityEndsAt().orElseThrow().toString()));
    return view(r);
  }

  /**
   * Takes an admit off the list during publicity (放弃 or 取消资格) and proposes the next ranked
   * candidate of the position (递补) for the employer's confirmation.
   */
  public AdmissionView remove(
      Actor actor, long recruitmentId, long applicationId, String status, String reason) {
    Facts r = access.require(actor, recruitmentId, PipelineAccess.MANAGE);
    AdmitStatus why;
    try {
      why = AdmitStatus.valueOf(String.valueOf(status).trim().toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      why = null;
    }
    if (why == null || !why.out()) {
      throw InvalidInputException.of(
          "status", "admission.removal", "status is WITHDRAWN or DISQUALIFIED");
    }
    if (reason == null || reason.isBlank() || reason.length() > 1000) {
      throw InvalidInputException.of(
          "reason", "required", "State the reason (at most 1000 characters)");
    }
    AdmissionList list = list(recruitmentId);
    OffsetDateTime now = PipelineSetup.now();
    if (!list.inPublicity(now)) {
      throw new ConflictException(
          "admission.not-in-publicity", "Substitution happens during the publicity period only");
    }
    List<Admit> admits = pipelines.admits(recruitmentId);
    Admit gone =
        admits.stream()
            .filter(a -> a.applicationId() == applicationId)
            .findFirst()
            .orElseThrow(() -> new RecordNotFoundException("admit", applicationId));
    gone.remove(why, reason.trim(), now);
    List<StageInstance> chain = pipelines.chain(recruitmentId);
    Standings.Computed c = standings.rank(chain, r.headcounts());
    Set<Long> out = new HashSet<>();
    admits.stream().filter(a -> a.status().out()).forEach(a -> out.add(a.applicationId()));
    Set<Long> listed = admits.stream().map(Admit::applicationId).collect(Collectors.toSet());
    Map<Long, Entrant> entrants = standings.entrants(chain.get(chain.size() - 1));
    Long substitute = null;
    for (RankedCandidate x : AdmissionProposal.propose(c.ranked(), r.headcounts(), out)) {
      if (!listed.contains(x.applicationId())) {
        pipelines.add(admit(recruitmentId, x, entrants, applicationId, now));
        substitute = x.applicationId();
      }
    }
    access.record(
        access
            .entry(actor, "pipeline.admission." + why.name().toLowerCase(Locale.ROOT))
            .target("application", String.valueOf(applicationId))
            .detail("recruitment", String.valueOf(recruitmentId))
            .detail("reason", reason.trim())
            .detail("substitute", substitute == null ? "" : String.valueOf(substitute)));
    return view(r);
  }

  private Admit admit(
      long recruitmentId,
      RankedCandidate x,
      Map<Long, Entrant> entrants,
      Long replaces,
      OffsetDateTime now) {
    Entrant e = entrants.get(x.applicationId());
    return new Admit(
        recruitmentId,
        x.applicationId(),
        x.positionId(),
        e.candidateId(),
        x.rank(),
        x.composite(),
        replaces,
        now);
  }

  private void tell(Facts r, AdmissionList list, Admit a) {
    notices.admitted(
        a.candidateId(),
        a.applicationId(),
        r.title(),
        r.positionTitle(a.positionId()),
        list.publicityEndsAt()
            .orElseThrow()
            .toLocalDate()
            .format(DateTimeFormatter.ISO_LOCAL_DATE));
  }

  private AdmissionList list(long recruitmentId) {
    return pipelines
        .admissionList(recruitmentId)
        .orElseThrow(() -> new RecordNotFoundException("admission list", recruitmentId));
  }

  private AdmissionView view(Facts r) {
    AdmissionList list = list(r.id());
    return new AdmissionView(
        r.id(),
        list.status().name(),
        list.publicityEndsAt().orElse(null),
        list.inputsSha256(),
        pipelines.admits(r.id()).stream()
            .map(
                a ->
                    new AdmissionView.Line(
                        a.applicationId(),
                        a.positionId(),
                        r.positionTitle(a.positionId()),
                        a.rank(),
                        a.composite(),
                        a.status().name(),
                        a.replacesApplicationId().orElse(null),
                        a.reason()))
            .toList());
  }
}
