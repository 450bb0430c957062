-- Reinstating a voided score (恢复成绩) in a published stage is a late change (补正) a second person
-- approves, like the voiding; the proposal says it is a reinstatement, so that its approval also
-- forgets the outcome the voiding had kept.
ALTER TABLE core_stage_outcome ADD COLUMN pending_reinstate BOOLEAN DEFAULT FALSE NOT NULL;
