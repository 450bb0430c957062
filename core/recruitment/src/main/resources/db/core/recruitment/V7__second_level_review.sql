-- Optional second-level review (复审): a recruitment may require that another reviewer checks each
-- approval or rejection before it goes to the employer. The check is recorded on the application.
ALTER TABLE core_recruitment ADD COLUMN second_review BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE core_application ADD COLUMN checked_by BIGINT;
ALTER TABLE core_application ADD COLUMN checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE core_application ADD COLUMN check_comment VARCHAR(1000);
