-- Name / ID-number change requests (P5): a candidate files one with evidence, a reviewer decides.
-- At most one PENDING request per account: pending_account holds the account id while the request is
-- pending and NULL once decided, so the unique constraint settles two filings racing each other.
CREATE SEQUENCE core_identity_request_seq START WITH 1 INCREMENT BY 1;

CREATE TABLE core_identity_request (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    account_id        BIGINT                   NOT NULL,
    status            VARCHAR(10)              NOT NULL,
    pending_account   BIGINT,
    new_name          VARCHAR(50),
    new_id_number_enc VARCHAR(200),
    new_id_number_idx CHAR(64),
    evidence_name     VARCHAR(120)             NOT NULL,
    evidence_type     VARCHAR(40)              NOT NULL,
    evidence_size     INTEGER                  NOT NULL,
    filed_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by        BIGINT,
    decided_at        TIMESTAMP WITH TIME ZONE,
    refusal_reason    VARCHAR(500),
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_identity_request_pending UNIQUE (pending_account),
    CONSTRAINT fk_core_identity_request_account FOREIGN KEY (account_id) REFERENCES core_account (id),
    CONSTRAINT ck_core_identity_request_status CHECK (status IN ('PENDING', 'APPROVED', 'REFUSED')),
    CONSTRAINT ck_core_identity_request_change CHECK (new_name IS NOT NULL OR new_id_number_idx IS NOT NULL)
);

CREATE INDEX ix_core_identity_request_account ON core_identity_request (account_id);
CREATE INDEX ix_core_identity_request_status ON core_identity_request (status, filed_at);

-- The evidence, AES-GCM sealed and bound to its request.
CREATE TABLE core_identity_request_evidence (
    request_id BIGINT      NOT NULL PRIMARY KEY,
    key_id     VARCHAR(40) NOT NULL,
    sealed     BYTEA       NOT NULL,
    CONSTRAINT fk_core_identity_request_evidence FOREIGN KEY (request_id) REFERENCES core_identity_request (id)
);

-- identity:review  decide name / ID-number change requests (platform admins and reviewers)
INSERT INTO core_role_permission (role_id, permission) VALUES
    (1, 'identity:review'),
    (3, 'identity:review');
