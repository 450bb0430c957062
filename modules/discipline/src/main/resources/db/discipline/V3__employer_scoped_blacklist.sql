-- A blacklisting may bar the candidate from every recruitment (ALL, the default and what earlier decisions
-- meant) or only from the recruitments of the employer (招考单位) whose recruitment the incident happened in.
ALTER TABLE dc_incident ADD COLUMN blacklist_scope VARCHAR(10) DEFAULT 'ALL' NOT NULL;
ALTER TABLE dc_incident ADD CONSTRAINT ck_dc_incident_blacklist_scope CHECK (blacklist_scope IN ('ALL', 'EMPLOYER'));
-- The employer an entry is limited to; NULL bars every employer.
ALTER TABLE dc_blacklist ADD COLUMN employer_id BIGINT;
