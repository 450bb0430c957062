-- When and where a stage takes place (考试时间、地点), as the announcement states it: shown to the stage's
-- candidates and printed on the admission ticket. A stage plugin keeps its own finer sessions and rooms.
ALTER TABLE core_stage_instance ADD COLUMN starts_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE core_stage_instance ADD COLUMN ends_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE core_stage_instance ADD COLUMN place VARCHAR(200);
ALTER TABLE core_stage_instance ADD CONSTRAINT ck_core_stage_instance_schedule
    CHECK ((starts_at IS NULL AND ends_at IS NULL AND place IS NULL)
        OR (starts_at IS NOT NULL AND ends_at IS NOT NULL AND place IS NOT NULL AND ends_at > starts_at));
