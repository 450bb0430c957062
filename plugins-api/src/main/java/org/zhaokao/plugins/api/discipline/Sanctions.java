package org.zhaokao.plugins.api.discipline;

/**
 * Where discipline's decisions take effect in the core (处理决定执行), from {@link
 * org.zhaokao.plugins.api.CoreServices#sanctions()}.
 *
 * <p>What the core promises for {@link #disqualify}: in the caller's transaction, the application
 * becomes {@code DISQUALIFIED}; in every stage it entered that still takes outcomes its outcome
 * becomes {@code DISQUALIFIED}; it advances into no later stage and is never admitted. Repeating
 * the call changes nothing. The core does not notify the candidate: the deciding plugin does, with
 * its reason and the appeal deadline.
 *
 * @since SPI 1.6
 */
public interface Sanctions {

  /**
   * Disqualifies an application from its recruitment.
   *
   * @return whether anything changed (false when it already was disqualified)
   * @throws IllegalArgumentException if no such application exists
   * @throws IllegalStateException if the application cannot be disqualified (withdrawn, rejected or
   *     already admitted and published)
   */
  boolean disqualify(Disqualification disqualification);

  /**
   * Voids the candidate's result in one stage (当次成绩无效): in the caller's transaction the stored
   * outcome becomes {@code FAILED} without a score and with the reason; the previous outcome is
   * kept so that {@link #reinstateStageScore} can bring it back; it is audited, and the stage's
   * results, ranking and advancement are computed from the new outcome. A published stage is not
   * changed here (its correction needs the employer's second approval).
   *
   * @return whether anything changed (false when it already was voided)
   * @throws IllegalArgumentException if the application did not enter that stage or has no outcome
   *     in it yet
   * @throws IllegalStateException if the stage is published
   * @throws UnsupportedOperationException from a core that does not offer it
   */
  default boolean voidStageScore(StageScoreSanction voiding) {
    throw new UnsupportedOperationException("This core cannot void a stage score");
  }

  /**
   * Voids a stage score as {@link #voidStageScore(StageScoreSanction)} does, naming the officer who
   * decided. In a stage whose results are already published the core does not change the result at
   * once: it proposes the voiding as a late change (补正) that a second person, not this officer,
   * approves through the pipeline's change approval; the approval keeps the result it replaces, so
   * a successful appeal can reinstate it. The default ignores the officer, for cores before it.
   *
   * @param decidedBy the account of the officer who decided
   * @return false when the score already was voided
   * @since SPI 1.9 (added compatibly as a default method)
   */
  default boolean voidStageScore(StageScoreSanction voiding, long decidedBy) {
    return voidStageScore(voiding);
  }

  /**
   * Lifts a voided stage score after a successful appeal (恢复成绩): the outcome the candidate had
   * before comes back, audited.
   *
   * @return always true when it returns
   * @throws IllegalArgumentException if the application did not enter that stage
   * @throws IllegalStateException if the score there is not voided, or the stage is published
   * @throws UnsupportedOperationException from a core that does not offer it
   */
  default boolean reinstateStageScore(StageScoreSanction reinstatement) {
    throw new UnsupportedOperationException("This core cannot reinstate a stage score");
  }

  /**
   * Reinstates a voided stage score as {@link #reinstateStageScore(StageScoreSanction)} does,
   * naming the officer who decided (the appeal was upheld for the candidate, or the voiding was an
   * error). In a stage whose results are already published the core does not change the result at
   * once: it proposes the reinstatement as a late change (补正) that a second person, not this
   * officer, approves through the pipeline's change approval, exactly as the voiding; a voiding
   * there that nobody approved yet is dropped instead, the published result never having changed.
   * The default ignores the officer, for cores before it.
   *
   * @param decidedBy the account of the officer who decided
   * @return true when the score is back now (or, where the voiding was only proposed, never went),
   *     false when the reinstatement awaits a second person's approval
   * @throws IllegalArgumentException if the application did not enter that stage or has no outcome
   *     in it
   * @throws IllegalStateException if the score there is neither voided nor proposed for voiding, or
   *     its reinstatement already awaits approval
   * @since SPI 1.10 (added compatibly as a default method)
   */
  default boolean reinstateStageScore(StageScoreSanction reinstatement, long decidedBy) {
    return reinstateStageScore(reinstatement);
  }

  /**
   * Lifts a disqualification after a successful appeal (申诉成立，恢复资格): in the caller's transaction the
   * application returns to the status it had when it was disqualified and is live in its
   * recruitment again; in every stage not yet published the outcome the disqualification replaced
   * comes back (or, where the stage had not reported the candidate, the disqualified outcome goes),
   * so its results count again; it is audited. A stage published before the disqualification is not
   * changed. A stage published after it, while the candidate stood disqualified in it, ranked and
   * advanced without them: the core refuses to lift (nothing changes) until staff have corrected
   * the candidate's result there as a late change approved by a second person; once corrected, the
   * lift accepts it as it stands. The core does not notify the candidate: the deciding plugin does.
   *
   * @param lifting the application, why it is lifted and the deciding record
   * @return always true when it returns
   * @throws IllegalArgumentException if no such application exists
   * @throws IllegalStateException if the application is not disqualified (never, or lifted
   *     already), the candidate has applied to the recruitment again meanwhile, or a stage was
   *     published while the candidate stood disqualified in it and their result there is not
   *     corrected yet
   * @throws UnsupportedOperationException from a core that does not offer it
   * @since SPI 1.9 (added compatibly as a default method)
   */
  default boolean liftDisqualification(Disqualification lifting) {
    throw new UnsupportedOperationException("This core cannot lift a disqualification");
  }
}
