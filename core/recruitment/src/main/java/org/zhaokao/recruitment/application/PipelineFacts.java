package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.ejb.Local;
import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.zhaokao.identity.application.CandidateProfiles;
import org.zhaokao.pipeline.application.flow.RecruitmentFacts;
import org.zhaokao.privacy.Masking;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * Answers the pipeline's questions about recruitments and applications (the pipeline module cannot
 * depend on this one, which depends on it). No permission checks here: the pipeline checks its own
 * before it asks.
 */
@Stateless
@Local(RecruitmentFacts.class)
public class PipelineFacts implements RecruitmentFacts {

  private static final int PAGE = 500;

  @Inject private Recruitments recruitments;
  @Inject private Applications applications;
  @EJB private CandidateProfiles profiles;
  @Inject private ApplicationAttachments attachments;

  @Override
  public Optional<Facts> recruitment(long recruitmentId) {
    return recruitments.find(recruitmentId).map(this::facts);
  }

  @Override
  public Optional<byte[]> photo(long applicationId) {
    return attachments.photoOf(applicationId);
  }

  @Override
  public List<Candidacy> approved(long recruitmentId) {
    List<Candidacy> out = new ArrayList<>();
    for (int page = 0; ; page++) {
      List<Application> batch =
          applications.queue(recruitmentId, null, ApplicationStatus.APPROVED, page, PAGE);
      batch.forEach(a -> out.add(candidacy(a)));
      if (batch.size() < PAGE) {
        return out;
      }
    }
  }

  @Override
  public List<Candidacy> ofCandidate(long candidateId) {
    return applications.ofCandidate(candidateId).stream().map(PipelineFacts::candidacy).toList();
  }

  @Override
  public Map<Long, PublicEntry> publicEntries(Collection<Long> applicationIds) {
    Map<Long, PublicEntry> out = new LinkedHashMap<>();
    for (long id : applicationIds) {
      applications
          .find(id)
          .ifPresent(
              a ->
                  out.put(
                      id,
                      new PublicEntry(
                          profiles
                              .of(a.candidateId())
                              .map(p -> Masking.name(p.realName()))
                              .orElse(""),
                          a.ticketNumber().orElse(null))));
    }
    return out;
  }

  @Override
  public Map<Long, EntrantFacts> entrantFacts(Collection<Long> applicationIds) {
    Map<Long, EntrantFacts> out = new LinkedHashMap<>();
    for (long id : applicationIds) {
      applications
          .find(id)
          .ifPresent(
              a ->
                  profiles
                      .of(a.candidateId())
                      .ifPresent(
                          p ->
                              out.put(
                                  id,
                                  new EntrantFacts(
                                      p.realName(),
                                      p.gender(),
                                      p.birthDate(),
                                      p.maskedIdNumber(),
                                      a.ticketNumber()))));
    }
    return out;
  }

  private Facts facts(Recruitment r) {
    Map<Long, PositionFact> positions = new LinkedHashMap<>();
    for (Position p : recruitments.positions(r.id())) {
      positions.put(p.id(), new PositionFact(p.id(), p.code(), p.title(), p.headcount()));
    }
    return new Facts(r.id(), r.employerId(), r.title(), positions);
  }

  private static Candidacy candidacy(Application a) {
    return new Candidacy(a.id(), a.recruitmentId(), a.positionId(), a.candidateId());
  }
}
