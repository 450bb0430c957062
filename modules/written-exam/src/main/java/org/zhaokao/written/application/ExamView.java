package org.zhaokao.written.application;

import java.math.BigDecimal;
import java.time.Instant;
import org.zhaokao.written.domain.paper.Blueprint;
import org.zhaokao.written.domain.paper.PaperCodec;
import org.zhaokao.written.domain.paper.PaperMode;
import org.zhaokao.written.domain.paper.WrittenExam;

/** A recruitment's written exam as staff see it. */
public record ExamView(
    long id,
    long recruitmentId,
    Instant startsAt,
    Instant endsAt,
    int durationMinutes,
    PaperMode mode,
    Blueprint blueprint,
    BigDecimal fullMarks,
    Instant papersGeneratedAt,
    Instant reportedAt,
    boolean identityCheck,
    String rules,
    String rulesDigest) {

  static ExamView of(WrittenExam e) {
    Blueprint b = PaperCodec.readBlueprint(e.blueprintJson());
    return new ExamView(
        e.id(),
        e.recruitmentId(),
        e.startsAt(),
        e.endsAt(),
        e.durationMinutes(),
        e.mode(),
        b,
        b.total(),
        e.papersGeneratedAt(),
        e.reportedAt(),
        e.identityCheck(),
        e.rules(),
        e.rulesDigest());
  }
}
