-- Second factor of staff and employer accounts: the TOTP secret (AES-GCM encrypted), the newest time step used
-- (no replay), and single-use recovery codes stored as SHA-256 hashes.
ALTER TABLE core_account ADD COLUMN totp_secret_enc VARCHAR(200);
ALTER TABLE core_account ADD COLUMN totp_last_step BIGINT NOT NULL DEFAULT -1;

CREATE TABLE core_recovery_code (
    account_id BIGINT                   NOT NULL,
    code_hash  CHAR(64)                 NOT NULL,
    used_at    TIMESTAMP WITH TIME ZONE,
    PRIMARY KEY (account_id, code_hash),
    CONSTRAINT fk_core_recovery_code_account FOREIGN KEY (account_id) REFERENCES core_account (id)
);
