-- One-time codes for ID-number claims (身份证号认领): the claimant has no account yet, so a claim code is keyed by
-- the mobile number it was sent to (target_idx, the blind index of the number) and carries no account.
ALTER TABLE core_verification_code ALTER COLUMN account_id DROP NOT NULL;
ALTER TABLE core_verification_code DROP CONSTRAINT ck_core_verification_code_purpose;
ALTER TABLE core_verification_code ADD CONSTRAINT ck_core_verification_code_purpose
    CHECK (purpose IN ('VERIFY', 'CHANGE', 'PASSWORD_RESET', 'CLAIM'));
ALTER TABLE core_verification_code ADD CONSTRAINT ck_core_verification_code_owner
    CHECK (account_id IS NOT NULL OR purpose = 'CLAIM');

CREATE INDEX ix_core_verification_code_target ON core_verification_code (target_idx, created_at);
