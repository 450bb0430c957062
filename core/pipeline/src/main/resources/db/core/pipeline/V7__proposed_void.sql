-- Voiding a score in a published stage is a late change (补正) that a second person approves; the
-- proposal says it is a voiding, so that its approval keeps the outcome it replaces for a reinstatement.
ALTER TABLE core_stage_outcome ADD COLUMN pending_void BOOLEAN DEFAULT FALSE NOT NULL;
