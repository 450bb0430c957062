-- ID-number claims (身份证号认领): someone whose ID number another account registered files a claim without
-- an account, with a photo of the ID card; a reviewer holding identity:review decides. On approval the number
-- moves to a new account for the claimant and the account that held it is disabled.
-- pending_key holds "<id number index>:<mobile index>" while the claim is pending and NULL once decided, so the
-- unique constraint settles one claimant filing twice for the same number (also when two filings race).
CREATE SEQUENCE core_identity_claim_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE core_identity_claim (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    status            VARCHAR(10)              NOT NULL,
    pending_key       VARCHAR(130),
    real_name         VARCHAR(50)              NOT NULL,
    id_number_enc     VARCHAR(200)             NOT NULL,
    id_number_idx     CHAR(64)                 NOT NULL,
    mobile_enc        VARCHAR(200)             NOT NULL,
    mobile_idx        CHAR(64)                 NOT NULL,
    email_enc         VARCHAR(400)             NOT NULL,
    email_idx         CHAR(64)                 NOT NULL,
    statement         VARCHAR(1000)            NOT NULL,
    password_hash     VARCHAR(255)             NOT NULL,
    language          VARCHAR(20)              NOT NULL,
    holder_account    BIGINT                   NOT NULL,
    evidence_name     VARCHAR(120)             NOT NULL,
    evidence_type     VARCHAR(40)              NOT NULL,
    evidence_size     INTEGER                  NOT NULL,
    filed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        BIGINT,
    decided_at        TIMESTAMP WITH TIME ZONE,
    refusal_reason    VARCHAR(500),
    new_account       BIGINT,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_identity_claim_pending UNIQUE (pending_key),
    CONSTRAINT fk_core_identity_claim_holder FOREIGN KEY (holder_account) REFERENCES core_account (id),
    CONSTRAINT fk_core_identity_claim_new FOREIGN KEY (new_account) REFERENCES core_account (id),
    CONSTRAINT ck_core_identity_claim_status CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED'))
);

CREATE INDEX ix_core_identity_claim_status ON core_identity_claim (status, filed_at);
CREATE INDEX ix_core_identity_claim_id_number ON core_identity_claim (id_number_idx);

-- The ID card photo, AES-GCM sealed and bound to its claim.
CREATE TABLE core_identity_claim_evidence (
    claim_id BIGINT      NOT NULL PRIMARY KEY,
    key_id   VARCHAR(40) NOT NULL,
    sealed   BYTEA       NOT NULL,
    CONSTRAINT fk_core_identity_claim_evidence FOREIGN KEY (claim_id) REFERENCES core_identity_claim (id)
);
