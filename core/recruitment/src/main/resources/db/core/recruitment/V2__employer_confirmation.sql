-- The employer's confirmation of review results (SPEC F2): a decision is sent to the employer, who confirms or
-- disputes it with a comment; only a confirmed decision is shown to the candidate.
ALTER TABLE core_application ADD COLUMN confirmation VARCHAR(10);
ALTER TABLE core_application ADD COLUMN confirmation_comment VARCHAR(1000);
ALTER TABLE core_application ADD COLUMN confirmed_by BIGINT;
ALTER TABLE core_application ADD COLUMN confirmed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE core_application ADD CONSTRAINT ck_core_application_confirmation
    CHECK (confirmation IS NULL OR confirmation IN ('PENDING', 'CONFIRMED', 'DISPUTED'));

-- A rejection the employer has not confirmed yet keeps the application live: the candidate does not know of it
-- and must not hold a second application to the recruitment if the employer disputes it. Rejections decided
-- before this version were published at once and stay as they are.
ALTER TABLE core_application DROP CONSTRAINT ck_core_application_live;
UPDATE core_application SET confirmation = 'CONFIRMED', confirmed_at = decided_at
    WHERE status IN ('APPROVED', 'REJECTED');
ALTER TABLE core_application ADD CONSTRAINT ck_core_application_live CHECK (
    (status IN ('SUBMITTED', 'RETURNED', 'APPROVED') AND live_recruitment_id = recruitment_id)
    OR (status = 'REJECTED' AND confirmation = 'CONFIRMED' AND live_recruitment_id IS NULL)
    OR (status = 'REJECTED' AND confirmation <> 'CONFIRMED' AND live_recruitment_id = recruitment_id)
    OR (status = 'REJECTED' AND confirmation IS NULL AND live_recruitment_id = recruitment_id)
    OR (status = 'WITHDRAWN' AND live_recruitment_id IS NULL));
CREATE INDEX ix_core_application_confirmation ON core_application (recruitment_id, confirmation);
