package org.zhaokao.recruitment.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.zhaokao.recruitment.domain.employer.Employers;
import org.zhaokao.recruitment.domain.recruitment.Position;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.RecruitmentText;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;
import org.zhaokao.recruitment.domain.recruitment.Requirements;
import org.zhaokao.recruitment.domain.recruitment.TextKind;

/** Turns recruitments and positions into the views screens and the API show. */
@ApplicationScoped
public class RecruitmentViews {

  /** Announcements state times in China Standard Time. */
  public static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

  @Inject private Recruitments recruitments;
  @Inject private Employers employers;

  /**
   * The full view.
   *
   * @param counts applicants per position id, or null for the console (no counts)
   * @param withWorkPlan whether to include the internal work plan
   */
  public RecruitmentView view(Recruitment r, Map<Long, Long> counts, boolean withWorkPlan) {
    List<PositionView> positions =
        recruitments.positions(r.id()).stream()
            .map(p -> position(p, counts == null ? null : counts.getOrDefault(p.id(), 0L)))
            .toList();
    return new RecruitmentView(
        r.id(),
        r.code(),
        r.employerId(),
        employers.find(r.employerId()).map(e -> e.name()).orElse(""),
        r.title(),
        r.status(),
        r.phaseAt(Instant.now()),
        r.announcementHtml(),
        china(r.window().opensAt()),
        china(r.window().closesAt()),
        r.contacts(),
        text(r, TextKind.NOTICE),
        text(r, TextKind.PLEDGE),
        withWorkPlan
            ? r.workPlan().stream()
                .map(
                    w ->
                        new RecruitmentForm.WorkPhaseForm(
                            w.name(),
                            w.startsOn(),
                            w.endsOn(),
                            w.staff(),
                            w.duties(),
                            w.procedure()))
                .toList()
            : List.of(),
        withWorkPlan ? r.reviewNote().orElse(null) : null,
        positions);
  }

  public RecruitmentView.Text text(Recruitment r, TextKind kind) {
    int version = r.textVersion(kind);
    return new RecruitmentView.Text(
        version, recruitments.text(r.id(), kind, version).map(RecruitmentText::body).orElse(""));
  }

  static PositionView position(Position p, Long applicants) {
    Double ratio = applicants == null ? null : Math.round(applicants * 10.0 / p.headcount()) / 10.0;
    return new PositionView(
        p.id(),
        p.recruitmentId(),
        p.code(),
        p.title(),
        p.department(),
        p.headcount(),
        requirements(p.requirements()),
        p.examSubjects(),
        p.interviewRatio(),
        p.extraFields(),
        applicants,
        ratio);
  }

  static PositionForm.RequirementsForm requirements(Requirements q) {
    return new PositionForm.RequirementsForm(
        q.minEducation().orElse(null),
        q.minDegree().orElse(null),
        q.majors(),
        q.minAge().orElse(null),
        q.maxAge().orElse(null),
        q.politicalStatus().orElse(null),
        q.minExperienceYears().orElse(null),
        q.household(),
        q.gender().orElse(null),
        q.other());
  }

  static OffsetDateTime china(OffsetDateTime t) {
    return t == null ? null : t.atZoneSameInstant(CHINA).toOffsetDateTime();
  }
}
