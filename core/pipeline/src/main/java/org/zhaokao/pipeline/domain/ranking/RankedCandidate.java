package org.zhaokao.pipeline.domain.ranking;

import java.math.BigDecimal;

/**
 * One line of a position's ranking (排名).
 *
 * @param applicationId the application
 * @param positionId its position
 * @param composite the composite score (综合成绩)
 * @param rank 1 for the best of the position; every rank is distinct (see {@link Ranking})
 * @param finalist the inputs the line was computed from
 */
public record RankedCandidate(
    long applicationId, long positionId, BigDecimal composite, int rank, Finalist finalist) {}
