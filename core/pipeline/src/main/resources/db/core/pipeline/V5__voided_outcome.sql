-- A stage score voided by a discipline decision (当次成绩无效) keeps the outcome it replaced, so that a
-- successful appeal brings it back (恢复成绩).
ALTER TABLE core_stage_outcome ADD COLUMN voided_status VARCHAR(16);
ALTER TABLE core_stage_outcome ADD COLUMN voided_score NUMERIC(9, 4);
ALTER TABLE core_stage_outcome ADD COLUMN voided_remark VARCHAR(1000);
