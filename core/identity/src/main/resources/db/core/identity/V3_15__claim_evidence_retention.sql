-- Retention of decided ID-number claims: once the configured period after the decision has passed, the sealed
-- ID-card photo is deleted and the statement blanked; the claim row (who decided what, when, why) stays and
-- evidence_purged_at says when its evidence went.
ALTER TABLE core_identity_claim ADD COLUMN evidence_purged_at TIMESTAMP WITH TIME ZONE;

CREATE INDEX ix_core_identity_claim_decided ON core_identity_claim (decided_at);
