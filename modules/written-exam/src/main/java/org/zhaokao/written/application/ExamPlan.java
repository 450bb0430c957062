package org.zhaokao.written.application;

import java.time.Instant;
import org.zhaokao.written.domain.paper.Blueprint;
import org.zhaokao.written.domain.paper.PaperMode;

/**
 * What staff set for a recruitment's written exam.
 *
 * @param identityCheck whether a proctor admits each candidate on a live photo before the paper
 *     opens (考前身份核验)
 * @param rules the rules candidates read and accept before the paper opens (考试须知); blank for none
 */
public record ExamPlan(
    Instant startsAt,
    Instant endsAt,
    int durationMinutes,
    PaperMode mode,
    Blueprint blueprint,
    boolean identityCheck,
    String rules) {}
