-- Discipline (违纪处置): the versioned catalogue of violation types, incidents with their evidence and
-- workflow, and the blacklist. Core records (recruitments, applications, accounts) are referred to by id only.
CREATE SEQUENCE dc_violation_type_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE dc_violation_type (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    code                VARCHAR(40)              NOT NULL,
    type_version        INTEGER                  NOT NULL,
    is_current          BOOLEAN                  NOT NULL,
    name_zh             VARCHAR(100)             NOT NULL,
    name_en             VARCHAR(100)             NOT NULL,
    standard            VARCHAR(2000)            NOT NULL,
    evidence_required   BOOLEAN                  NOT NULL,
    evidence_note       VARCHAR(500)             NOT NULL,
    sanctions           VARCHAR(100)             NOT NULL,
    max_blacklist_years INTEGER                  NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by          VARCHAR(100)             NOT NULL,
    CONSTRAINT uq_dc_violation_type_version UNIQUE (code, type_version),
    CONSTRAINT ck_dc_violation_type_years CHECK (max_blacklist_years BETWEEN 0 AND 10)
);

CREATE SEQUENCE dc_incident_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE dc_incident (
    id              BIGINT                   NOT NULL PRIMARY KEY,
    recruitment_id  BIGINT                   NOT NULL,
    application_id  BIGINT                   NOT NULL,
    candidate_id    BIGINT                   NOT NULL,
    stage_id        VARCHAR(40)              NOT NULL,
    type_id         BIGINT                   NOT NULL,
    facts           VARCHAR(4000)            NOT NULL,
    status          VARCHAR(20)              NOT NULL,
    reported_by     VARCHAR(100)             NOT NULL,
    reported_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    findings        VARCHAR(4000),
    investigated_by BIGINT,
    sanctions       VARCHAR(100),
    blacklist_years INTEGER                  NOT NULL DEFAULT 0,
    decision_reason VARCHAR(1000),
    decided_by      BIGINT,
    decided_at      TIMESTAMP WITH TIME ZONE,
    approved_by     BIGINT,
    appeal_deadline TIMESTAMP WITH TIME ZONE,
    appeal_reason   VARCHAR(2000),
    appealed_at     TIMESTAMP WITH TIME ZONE,
    appeal_upheld   BOOLEAN,
    resolution_note VARCHAR(1000),
    resolved_by     BIGINT,
    closed_at       TIMESTAMP WITH TIME ZONE,
    version         BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT fk_dc_incident_type FOREIGN KEY (type_id) REFERENCES dc_violation_type (id),
    CONSTRAINT ck_dc_incident_status CHECK (status IN
        ('REPORTED', 'INVESTIGATING', 'AWAITING_APPROVAL', 'DECIDED', 'APPEALED', 'FINAL')),
    -- The two-person rule, also in the data: whoever approves a blacklisting did not decide it.
    CONSTRAINT ck_dc_incident_approver CHECK (approved_by IS NULL OR approved_by <> decided_by)
);
CREATE INDEX ix_dc_incident_candidate ON dc_incident (candidate_id);
CREATE INDEX ix_dc_incident_status ON dc_incident (status);

CREATE TABLE dc_incident_evidence (
    incident_id BIGINT       NOT NULL,
    seq         INTEGER      NOT NULL,
    ref         VARCHAR(500) NOT NULL,
    PRIMARY KEY (incident_id, seq),
    CONSTRAINT fk_dc_incident_evidence FOREIGN KEY (incident_id) REFERENCES dc_incident (id)
);

CREATE SEQUENCE dc_blacklist_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE dc_blacklist (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    candidate_id BIGINT                   NOT NULL,
    incident_id  BIGINT                   NOT NULL,
    reason       VARCHAR(1000)            NOT NULL,
    starts_on    DATE                     NOT NULL,
    ends_on      DATE                     NOT NULL,
    lifted_at    TIMESTAMP WITH TIME ZONE,
    CONSTRAINT fk_dc_blacklist_incident FOREIGN KEY (incident_id) REFERENCES dc_incident (id),
    CONSTRAINT ck_dc_blacklist_period CHECK (ends_on >= starts_on)
);
CREATE INDEX ix_dc_blacklist_candidate ON dc_blacklist (candidate_id, ends_on);
