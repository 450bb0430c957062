package org.zhaokao.content.domain.statistics;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/** The dashboard's counting queries: aggregates in the database, never every row loaded. */
public interface Statistics {

  Map<String, Long> applicationsByStatus(long recruitmentId);

  List<RecruitmentFigures.PositionLoad> positions(long recruitmentId);

  RecruitmentFigures.Review review(long recruitmentId);

  List<RecruitmentFigures.StageProgress> stages(long recruitmentId);

  RecruitmentFigures.Complaints complaints(LocalDate today);

  List<RecruitmentFigures.Satisfaction> surveys(long recruitmentId);
}
