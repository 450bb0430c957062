-- Admission-ticket numbers (准考证号): one counter row per recruitment, locked by whoever issues, so the
-- sequence is unique and gap-free; the constraints below hold even if code went wrong.
CREATE TABLE core_ticket_counter (
    recruitment_id BIGINT       NOT NULL PRIMARY KEY,
    pattern        VARCHAR(100) NOT NULL,
    last_seq       BIGINT       NOT NULL,
    CONSTRAINT fk_core_ticket_counter_recruitment FOREIGN KEY (recruitment_id) REFERENCES core_recruitment (id),
    CONSTRAINT ck_core_ticket_counter_seq CHECK (last_seq >= 0)
);

ALTER TABLE core_application ADD COLUMN ticket_number VARCHAR(120);
ALTER TABLE core_application ADD COLUMN ticket_seq BIGINT;
ALTER TABLE core_application ADD CONSTRAINT uq_core_application_ticket UNIQUE (ticket_number);
ALTER TABLE core_application ADD CONSTRAINT uq_core_application_ticket_seq UNIQUE (recruitment_id, ticket_seq);
