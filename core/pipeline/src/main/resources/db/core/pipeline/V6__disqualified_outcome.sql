-- An outcome a disqualification (取消资格) replaced is kept, so that lifting the disqualification on appeal
-- (恢复资格) makes the candidate's stage result count again; dq_added marks a row that only exists because
-- the candidate was disqualified before the stage reported them (lifting removes it).
ALTER TABLE core_stage_outcome ADD COLUMN dq_status VARCHAR(16);
ALTER TABLE core_stage_outcome ADD COLUMN dq_score NUMERIC(9, 4);
ALTER TABLE core_stage_outcome ADD COLUMN dq_remark VARCHAR(1000);
ALTER TABLE core_stage_outcome ADD COLUMN dq_added BOOLEAN DEFAULT FALSE NOT NULL;
