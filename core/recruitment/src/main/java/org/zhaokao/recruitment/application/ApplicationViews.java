package org.zhaokao.recruitment.application;

import jakarta.ejb.EJB;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.zhaokao.identity.application.CandidateProfile;
import org.zhaokao.identity.application.CandidateProfiles;
import org.zhaokao.pipeline.application.flow.ApplicationStandings;
import org.zhaokao.recruitment.domain.application.Application;
import org.zhaokao.recruitment.domain.application.ApplicationStatus;
import org.zhaokao.recruitment.domain.application.Applications;
import org.zhaokao.recruitment.domain.application.Declaration;
import org.zhaokao.recruitment.domain.application.RequirementCheck;
import org.zhaokao.recruitment.domain.application.RequirementFlag;
import org.zhaokao.recruitment.domain.recruitment.Gender;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/** Turns applications into the views candidates and reviewers see. */
@ApplicationScoped
public class ApplicationViews {

  @Inject private Recruitments recruitments;
  @Inject private Applications applications;
  @EJB private CandidateProfiles profiles;
  @Inject private ApplicationStandings standings;

  /**
   * The view of one application.
   *
   * @param withFlags staff: run the requirement check and show decisions the candidate does not see
   *     yet
   */
  public ApplicationView view(Application a, boolean withFlags) {
    Recruitment r = recruitments.find(a.recruitmentId()).orElseThrow();
    Position p = recruitments.position(a.positionId()).orElseThrow();
    Optional<CandidateProfile> profile = profiles.of(a.candidateId());
    List<RequirementFlag> flags =
        withFlags && profile.isPresent()
            ? RequirementCheck.flags(
                p.requirements(),
                profile.get().birthDate(),
                Gender.valueOf(profile.get().gender()),
                a.declaration(),
                r.window().closesAt().atZoneSameInstant(RecruitmentViews.CHINA).toLocalDate())
            : List.of();
    Declaration d = a.declaration();
    boolean shown = withFlags || a.decisionPublished();
    return new ApplicationView(
        a.id(),
        r.id(),
        r.title(),
        p.id(),
        p.code(),
        p.title(),
        shown ? a.status().name() : ApplicationStatus.SUBMITTED.name(),
        shown ? a.decisionReason().orElse(null) : null,
        profile.map(ApplicationViews::candidate).orElse(null),
        new ApplicationForm(
            p.id(),
            a.pledge().noticeVersion(),
            a.pledge().pledgeVersion(),
            d.education(),
            d.degree(),
            d.school(),
            d.major(),
            d.graduatedOn(),
            d.politicalStatus(),
            d.experienceYears(),
            d.household(),
            a.answers()),
        a.pledge().noticeVersion(),
        a.pledge().pledgeVersion(),
        RecruitmentViews.china(a.pledge().signedAt()),
        RecruitmentViews.china(a.submittedAt()),
        RecruitmentViews.china(a.updatedAt()),
        a.status().openToCandidate() && r.takesApplicationsAt(Instant.now()),
        flags,
        applications.events(a.id()).stream()
            .map(
                e ->
                    new ApplicationView.Step(
                        e.kind().name(), RecruitmentViews.china(e.at()), e.reason()))
            .toList(),
        withFlags ? a.employer().state().map(Enum::name).orElse(null) : null,
        withFlags ? a.employer().comment().orElse(null) : null,
        a.ticketNumber().orElse(null),
        standings.of(a.id(), r.id()).orElse(null),
        withFlags ? secondReview(r, a) : null,
        withFlags ? a.secondReview().comment().orElse(null) : null);
  }

  private static String secondReview(Recruitment r, Application a) {
    if (!r.secondReview() || !a.awaitsSending() && !a.secondReview().done()) {
      return null;
    }
    return a.secondReview().done() ? "CHECKED" : "PENDING";
  }

  static ApplicationView.Candidate candidate(CandidateProfile c) {
    return new ApplicationView.Candidate(
        c.realName(),
        c.birthDate(),
        c.gender(),
        c.maskedIdNumber(),
        c.maskedMobile(),
        c.maskedEmail());
  }
}
