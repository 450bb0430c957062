-- Which channels a candidate wants notifications on (the in-site inbox always), and one-time codes that prove a
-- mobile number or e-mail address, or authorise a password reset. Codes are stored hashed with a salt; a changed
-- address waits here, encrypted, until its code confirms it.
ALTER TABLE core_candidate ADD COLUMN notify_email BOOLEAN NOT NULL DEFAULT TRUE;
ALTER TABLE core_candidate ADD COLUMN notify_sms BOOLEAN NOT NULL DEFAULT TRUE;

CREATE SEQUENCE core_verification_code_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE core_verification_code (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    account_id   BIGINT                   NOT NULL,
    purpose      VARCHAR(20)              NOT NULL,
    channel      VARCHAR(8)               NOT NULL,
    target_enc   VARCHAR(400)             NOT NULL,
    target_idx   CHAR(64)                 NOT NULL,
    code_hash    CHAR(64)                 NOT NULL,
    salt         CHAR(32)                 NOT NULL,
    attempts     INTEGER                  NOT NULL DEFAULT 0,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_core_verification_code_account FOREIGN KEY (account_id) REFERENCES core_account (id),
    CONSTRAINT ck_core_verification_code_purpose CHECK (purpose IN ('VERIFY', 'CHANGE', 'PASSWORD_RESET')),
    CONSTRAINT ck_core_verification_code_channel CHECK (channel IN ('EMAIL', 'MOBILE'))
);

CREATE INDEX ix_core_verification_code_account ON core_verification_code (account_id, created_at);
