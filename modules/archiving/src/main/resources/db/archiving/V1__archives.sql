-- Archive packages of recruitments (招考档案): one row per package built, kept after destruction as the
-- destruction record. The package bytes live in the archive store under storage_key.
CREATE SEQUENCE ar_archive_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE ar_archive (
    id                       BIGINT        NOT NULL PRIMARY KEY,
    recruitment_id           BIGINT        NOT NULL,
    recruitment_title        VARCHAR(300)  NOT NULL,
    status                   VARCHAR(24)   NOT NULL,
    built_by                 BIGINT        NOT NULL,
    built_by_name            VARCHAR(120)  NOT NULL,
    built_at                 TIMESTAMP WITH TIME ZONE NOT NULL,
    file_count               INTEGER       NOT NULL,
    package_size             BIGINT        NOT NULL,
    manifest_sha256          VARCHAR(64)   NOT NULL,
    package_sha256           VARCHAR(64)   NOT NULL,
    storage_key              VARCHAR(200)  NOT NULL,
    retention_years          INTEGER       NOT NULL,
    retain_until             TIMESTAMP WITH TIME ZONE NOT NULL,
    destruction_requested_by BIGINT,
    destruction_requested_at TIMESTAMP WITH TIME ZONE,
    destruction_reason       VARCHAR(1000),
    destroyed_by             BIGINT,
    destroyed_at             TIMESTAMP WITH TIME ZONE,
    legal_hold_reason        VARCHAR(1000),
    legal_hold_by            BIGINT,
    legal_hold_at            TIMESTAMP WITH TIME ZONE,
    version                  BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT ck_ar_archive_status CHECK (status IN ('SEALED', 'DESTRUCTION_REQUESTED', 'DESTROYED')),
    CONSTRAINT ck_ar_archive_retention CHECK (retention_years >= 0),
    CONSTRAINT uq_ar_archive_storage_key UNIQUE (storage_key)
);

CREATE INDEX ix_ar_archive_recruitment ON ar_archive (recruitment_id);
CREATE INDEX ix_ar_archive_retain_until ON ar_archive (status, retain_until);
