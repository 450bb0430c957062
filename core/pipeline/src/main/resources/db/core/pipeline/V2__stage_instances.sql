-- A recruitment's stage chain: one stage instance per stage, in chain order (seq from 1). Settings hold the
-- advancement rule, score range, weight and rounding in one text column (StageSettings.encode); a change of a
-- started stage waits in pending_settings until a second person approves it.
CREATE SEQUENCE core_stage_instance_seq START WITH 1000 INCREMENT BY 10;

CREATE TABLE core_stage_instance (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    recruitment_id   BIGINT                   NOT NULL,
    seq              INTEGER                  NOT NULL,
    stage_id         VARCHAR(40)              NOT NULL,
    status           VARCHAR(24)              NOT NULL,
    settings         VARCHAR(200)             NOT NULL,
    pending_settings VARCHAR(200),
    pending_by       BIGINT,
    confirmed_by     BIGINT,
    updated_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version          BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_stage_instance_seq UNIQUE (recruitment_id, seq),
    CONSTRAINT uq_core_stage_instance_stage UNIQUE (recruitment_id, stage_id),
    CONSTRAINT ck_core_stage_instance_status CHECK (status IN
        ('CONFIGURED', 'NOTIFIED', 'IN_PROGRESS', 'RESULTS_ENTERED', 'CONFIRMED_BY_EMPLOYER', 'PUBLISHED'))
);

-- Who is in a stage: approved applications enter the first, those who advance enter the next.
CREATE SEQUENCE core_stage_entrant_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_stage_entrant (
    id                BIGINT NOT NULL PRIMARY KEY,
    stage_instance_id BIGINT NOT NULL,
    application_id    BIGINT NOT NULL,
    position_id       BIGINT NOT NULL,
    candidate_id      BIGINT NOT NULL,
    CONSTRAINT uq_core_stage_entrant UNIQUE (stage_instance_id, application_id),
    CONSTRAINT fk_core_stage_entrant_stage FOREIGN KEY (stage_instance_id) REFERENCES core_stage_instance (id)
);

-- One outcome per application and stage (the unique key makes reporting idempotent).
CREATE SEQUENCE core_stage_outcome_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_stage_outcome (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    stage_instance_id BIGINT                   NOT NULL,
    application_id    BIGINT                   NOT NULL,
    position_id       BIGINT                   NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    score             NUMERIC(9, 4),
    remark            VARCHAR(1000)            NOT NULL,
    pending_status    VARCHAR(16),
    pending_score     NUMERIC(9, 4),
    pending_remark    VARCHAR(1000),
    pending_by        BIGINT,
    reported_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_stage_outcome UNIQUE (stage_instance_id, application_id),
    CONSTRAINT fk_core_stage_outcome_stage FOREIGN KEY (stage_instance_id) REFERENCES core_stage_instance (id),
    CONSTRAINT ck_core_stage_outcome_status CHECK (status IN ('PASSED', 'FAILED', 'ABSENT', 'DISQUALIFIED')),
    CONSTRAINT ck_core_stage_outcome_score CHECK (score IS NULL OR score >= 0)
);
CREATE INDEX ix_core_stage_outcome_application ON core_stage_outcome (application_id);

-- The admission list (拟录用名单) per recruitment, and its admits; a substitute (递补) names whom it replaces.
CREATE TABLE core_admission_list (
    recruitment_id    BIGINT                   NOT NULL PRIMARY KEY,
    status            VARCHAR(16)              NOT NULL,
    confirmed_by      BIGINT,
    published_at      TIMESTAMP WITH TIME ZONE,
    publicity_ends_at TIMESTAMP WITH TIME ZONE,
    inputs_sha256     VARCHAR(64)              NOT NULL,
    ranking_sha256    VARCHAR(64)              NOT NULL,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_core_admission_list_status CHECK (status IN ('PROPOSED', 'CONFIRMED', 'PUBLISHED'))
);

CREATE SEQUENCE core_admission_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_admission (
    id                      BIGINT                   NOT NULL PRIMARY KEY,
    recruitment_id          BIGINT                   NOT NULL,
    application_id          BIGINT                   NOT NULL,
    position_id             BIGINT                   NOT NULL,
    candidate_id            BIGINT                   NOT NULL,
    rank_no                 INTEGER                  NOT NULL,
    composite               NUMERIC(9, 4)            NOT NULL,
    status                  VARCHAR(16)              NOT NULL,
    replaces_application_id BIGINT,
    reason                  VARCHAR(1000)            NOT NULL,
    updated_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    version                 BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_admission UNIQUE (recruitment_id, application_id),
    CONSTRAINT fk_core_admission_list FOREIGN KEY (recruitment_id) REFERENCES core_admission_list (recruitment_id),
    CONSTRAINT ck_core_admission_status CHECK (status IN ('PROPOSED', 'CONFIRMED', 'WITHDRAWN', 'DISQUALIFIED'))
);
