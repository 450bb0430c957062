package org.zhaokao.written.application;

import java.time.Instant;
import org.zhaokao.written.domain.paper.Blueprint;
import org.zhaokao.written.domain.paper.PaperMode;

/** What staff set for a recruitment's written exam. */
public record ExamPlan(
    Instant startsAt, Instant endsAt, int durationMinutes, PaperMode mode, Blueprint blueprint) {}
