package org.zhaokao.content.infrastructure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.zhaokao.content.domain.statistics.RecruitmentFigures;
import org.zhaokao.content.domain.statistics.Statistics;

/**
 * {@link Statistics} as aggregate SQL over the recruitment, pipeline and content tables of the one
 * datasource (H2 in PostgreSQL mode and PostgreSQL alike): one grouped query per figure, only
 * counts come back.
 */
@ApplicationScoped
public class JpaStatistics implements Statistics {

  private static final String LIVE = "('SUBMITTED', 'RETURNED', 'APPROVED')";

  @PersistenceContext(unitName = "content")
  private EntityManager em;

  @Override
  public Map<String, Long> applicationsByStatus(long recruitmentId) {
    Map<String, Long> out = new LinkedHashMap<>();
    rows(
            "SELECT status, COUNT(*) FROM core_application WHERE recruitment_id = ?1"
                + " GROUP BY status ORDER BY status",
            recruitmentId)
        .forEach(r -> out.put((String) r[0], number(r[1])));
    return out;
  }

  @Override
  public List<RecruitmentFigures.PositionLoad> positions(long recruitmentId) {
    return rows(
            "SELECT p.id, p.code, p.title, p.headcount, COUNT(a.id) FROM core_position p"
                + " LEFT JOIN core_application a ON a.position_id = p.id AND a.status IN "
                + LIVE
                + " WHERE p.recruitment_id = ?1"
                + " GROUP BY p.id, p.code, p.title, p.headcount ORDER BY p.code",
            recruitmentId)
        .stream()
        .map(
            r ->
                RecruitmentFigures.PositionLoad.of(
                    number(r[0]), (String) r[1], (String) r[2], (int) number(r[3]), number(r[4])))
        .toList();
  }

  @Override
  public RecruitmentFigures.Review review(long recruitmentId) {
    Object[] r =
        rows(
                "SELECT COUNT(decided_at),"
                    + " SUM(CASE WHEN decided_at IS NULL AND status IN ('SUBMITTED') THEN 1 ELSE 0 END),"
                    + " AVG(EXTRACT(EPOCH FROM decided_at) - EXTRACT(EPOCH FROM submitted_at))"
                    + " FROM core_application WHERE recruitment_id = ?1",
                recruitmentId)
            .get(0);
    BigDecimal hours =
        r[2] == null
            ? null
            : new BigDecimal(r[2].toString())
                .divide(BigDecimal.valueOf(3600), 1, RoundingMode.HALF_UP);
    return new RecruitmentFigures.Review(number(r[0]), number(r[1]), hours);
  }

  @Override
  public List<RecruitmentFigures.StageProgress> stages(long recruitmentId) {
    return rows(
            "SELECT s.seq, s.stage_id, s.status,"
                + " (SELECT COUNT(*) FROM core_stage_entrant e WHERE e.stage_instance_id = s.id),"
                + " (SELECT COUNT(*) FROM core_stage_outcome o"
                + "   WHERE o.stage_instance_id = s.id AND o.status = 'PASSED')"
                + " FROM core_stage_instance s WHERE s.recruitment_id = ?1 ORDER BY s.seq",
            recruitmentId)
        .stream()
        .map(
            r ->
                new RecruitmentFigures.StageProgress(
                    (int) number(r[0]), (String) r[1], (String) r[2], number(r[3]), number(r[4])))
        .toList();
  }

  @Override
  public RecruitmentFigures.Complaints complaints(LocalDate today) {
    Object[] r =
        (Object[])
            em.createNativeQuery(
                    "SELECT COUNT(*), SUM(CASE WHEN due_on < ?1 THEN 1 ELSE 0 END)"
                        + " FROM core_complaint WHERE status = 'OPEN'")
                .setParameter(1, today)
                .getSingleResult();
    return new RecruitmentFigures.Complaints(number(r[0]), number(r[1]));
  }

  @Override
  public List<RecruitmentFigures.Satisfaction> surveys(long recruitmentId) {
    return rows(
            "SELECT s.id, s.title, s.status, COUNT(r.id), AVG(CAST(r.overall_mark AS DECIMAL(9, 4)))"
                + " FROM core_survey s LEFT JOIN core_survey_response r ON r.survey_id = s.id"
                + " WHERE s.recruitment_id = ?1 GROUP BY s.id, s.title, s.status ORDER BY s.id",
            recruitmentId)
        .stream()
        .map(
            r ->
                new RecruitmentFigures.Satisfaction(
                    number(r[0]),
                    (String) r[1],
                    (String) r[2],
                    number(r[3]),
                    r[4] == null
                        ? null
                        : new BigDecimal(r[4].toString()).setScale(2, RoundingMode.HALF_UP)))
        .toList();
  }

  @SuppressWarnings("unchecked")
  private List<Object[]> rows(String sql, long recruitmentId) {
    return em.createNativeQuery(sql).setParameter(1, recruitmentId).getResultList();
  }

  private static long number(Object o) {
    return o == null ? 0 : ((Number) o).longValue();
  }
}
