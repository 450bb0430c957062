-- A late change (补正) of the stage score a decision made in a published stage — the voiding, or the
-- reinstatement of a voided score — waits in the core for a second person's approval: which one
-- waits (VOID or REINSTATEMENT), NULL when none. The candidate's screen says "pending approval"
-- until the core reports the approval, and the candidate is then told it applies.
ALTER TABLE dc_incident ADD COLUMN score_change_pending VARCHAR(16);
ALTER TABLE dc_incident ADD CONSTRAINT ck_dc_incident_score_change_pending
  CHECK (score_change_pending IS NULL OR score_change_pending IN ('VOID', 'REINSTATEMENT'));
