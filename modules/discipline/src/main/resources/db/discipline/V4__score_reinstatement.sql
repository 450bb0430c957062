-- A voided stage score reinstated (恢复成绩) because the voiding was an error, outside an appeal: who
-- decided, when and why. An appeal upheld for the candidate needs none of this: the appeal says it.
ALTER TABLE dc_incident ADD COLUMN reinstated_by BIGINT;
ALTER TABLE dc_incident ADD COLUMN reinstated_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE dc_incident ADD COLUMN reinstate_note VARCHAR(1000);
