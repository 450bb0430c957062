-- A discipline decision (违纪处理) may disqualify an application (取消资格, DISQUALIFIED): like a withdrawn or
-- rejected one it no longer counts as the candidate's live application to the recruitment.
ALTER TABLE core_application DROP CONSTRAINT ck_core_application_status;
ALTER TABLE core_application ADD CONSTRAINT ck_core_application_status CHECK (status IN
    ('SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN', 'DISQUALIFIED'));
ALTER TABLE core_application DROP CONSTRAINT ck_core_application_live;
-- The rest is V2's rule unchanged: an unconfirmed rejection keeps the application live.
ALTER TABLE core_application ADD CONSTRAINT ck_core_application_live CHECK (
    (status IN ('SUBMITTED', 'RETURNED', 'APPROVED') AND live_recruitment_id = recruitment_id)
    OR (status = 'REJECTED' AND confirmation = 'CONFIRMED' AND live_recruitment_id IS NULL)
    OR (status = 'REJECTED' AND confirmation <> 'CONFIRMED' AND live_recruitment_id = recruitment_id)
    OR (status = 'REJECTED' AND confirmation IS NULL AND live_recruitment_id = recruitment_id)
    OR (status IN ('WITHDRAWN', 'DISQUALIFIED') AND live_recruitment_id IS NULL));
