package org.zhaokao.physical.application;

import java.util.Optional;
import org.zhaokao.physical.domain.plan.TestSession;
import org.zhaokao.physical.domain.sitting.Seat;
import org.zhaokao.physical.domain.standard.Evaluation;
import org.zhaokao.plugins.api.outcome.OutcomeStatus;
import org.zhaokao.plugins.api.roster.StageEntrant;

/**
 * One candidate's physical test as it stands: seat, session, and the outcome the pipeline gets
 * (absent when not signed in, disqualified with the reason, else the evaluation's verdict).
 */
public record CandidateResult(
    StageEntrant entrant,
    Optional<Seat> seat,
    Optional<TestSession> session,
    OutcomeStatus status,
    Optional<Evaluation> evaluation,
    String remark) {}
