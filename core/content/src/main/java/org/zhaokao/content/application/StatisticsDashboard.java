package org.zhaokao.content.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;
import org.zhaokao.content.domain.statistics.RecruitmentFigures;
import org.zhaokao.content.domain.statistics.Statistics;
import org.zhaokao.platform.validation.RecordNotFoundException;
import org.zhaokao.plugins.api.security.Actor;
import org.zhaokao.recruitment.application.Guard;
import org.zhaokao.recruitment.domain.recruitment.Recruitment;
import org.zhaokao.recruitment.domain.recruitment.Recruitments;

/**
 * The statistics dashboard of one recruitment (统计查询, SPEC P6/Q4) for staff holding {@code
 * statistics:view} globally, for the recruitment's employer (so an employer user sees only its own)
 * or for the recruitment. Every figure is one aggregate query.
 */
@Stateless
public class StatisticsDashboard {

  @Inject private Statistics statistics;
  @Inject private Recruitments recruitments;
  @Inject private Guard guard;

  public RecruitmentFigures figures(Actor actor, long recruitmentId) {
    Recruitment r =
        recruitments
            .find(recruitmentId)
            .orElseThrow(() -> new RecordNotFoundException("recruitment", recruitmentId));
    if (!Guard.mayOn(actor, ContentPermissions.STATISTICS_VIEW, r.employerId(), recruitmentId)) {
      throw guard.deny(
          actor, ContentPermissions.STATISTICS_VIEW, "recruitment", "" + recruitmentId);
    }
    return new RecruitmentFigures(
        recruitmentId,
        statistics.applicationsByStatus(recruitmentId),
        statistics.positions(recruitmentId),
        statistics.review(recruitmentId),
        statistics.stages(recruitmentId),
        statistics.complaints(ComplaintDesk.today()),
        statistics.surveys(recruitmentId));
  }
}
