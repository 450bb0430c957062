-- Claim codes (身份证号认领) are asked for without an account: besides the mobile number they go to, they are counted
-- per client address, so one visitor cannot have codes sent to many numbers. Only the blind index of the address is
-- kept (an address is personal data); claim codes are removed with it once long expired.
ALTER TABLE core_verification_code ADD COLUMN client_idx VARCHAR(64);

CREATE INDEX ix_core_verification_code_client ON core_verification_code (client_idx, created_at);
