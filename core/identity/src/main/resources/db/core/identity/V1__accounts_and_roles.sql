-- Accounts: candidates register themselves; staff and employer users are created by an administrator.
CREATE SEQUENCE core_account_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_account (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    kind           VARCHAR(12)              NOT NULL,
    status         VARCHAR(16)              NOT NULL,
    username       VARCHAR(64),
    display_name   VARCHAR(100)             NOT NULL,
    password_hash  VARCHAR(255)             NOT NULL,
    failed_logins  INTEGER                  NOT NULL DEFAULT 0,
    locked_until   TIMESTAMP WITH TIME ZONE,
    last_login_at  TIMESTAMP WITH TIME ZONE,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_account_username UNIQUE (username),
    CONSTRAINT ck_core_account_kind CHECK (kind IN ('CANDIDATE', 'STAFF', 'EMPLOYER')),
    CONSTRAINT ck_core_account_status CHECK (status IN ('ACTIVE', 'PENDING_REVIEW', 'DISABLED'))
);

-- A candidate's real-name data. ID number, mobile and email are AES-GCM encrypted (key id inside the value)
-- and found through HMAC blind indexes, which also make each of them unique.
CREATE TABLE core_candidate (
    account_id      BIGINT       NOT NULL PRIMARY KEY,
    real_name       VARCHAR(50)  NOT NULL,
    id_number_enc   VARCHAR(200) NOT NULL,
    id_number_idx   CHAR(64)     NOT NULL,
    birth_date      DATE         NOT NULL,
    gender          VARCHAR(6)   NOT NULL,
    mobile_enc      VARCHAR(200) NOT NULL,
    mobile_idx      CHAR(64)     NOT NULL,
    mobile_verified BOOLEAN      NOT NULL DEFAULT FALSE,
    email_enc       VARCHAR(400) NOT NULL,
    email_idx       CHAR(64)     NOT NULL,
    email_verified  BOOLEAN      NOT NULL DEFAULT FALSE,
    CONSTRAINT fk_core_candidate_account FOREIGN KEY (account_id) REFERENCES core_account (id),
    CONSTRAINT uq_core_candidate_id_number UNIQUE (id_number_idx),
    CONSTRAINT uq_core_candidate_mobile UNIQUE (mobile_idx),
    CONSTRAINT uq_core_candidate_email UNIQUE (email_idx),
    CONSTRAINT ck_core_candidate_gender CHECK (gender IN ('MALE', 'FEMALE'))
);

CREATE TABLE core_role (
    id       BIGINT      NOT NULL PRIMARY KEY,
    code     VARCHAR(40) NOT NULL,
    builtin  BOOLEAN     NOT NULL,
    CONSTRAINT uq_core_role_code UNIQUE (code)
);

CREATE TABLE core_role_permission (
    role_id    BIGINT       NOT NULL,
    permission VARCHAR(120) NOT NULL,
    PRIMARY KEY (role_id, permission),
    CONSTRAINT fk_core_role_permission_role FOREIGN KEY (role_id) REFERENCES core_role (id)
);

-- A role held by an account, for the whole platform or scoped to one employer or recruitment.
CREATE TABLE core_account_role (
    account_id BIGINT      NOT NULL,
    role_id    BIGINT      NOT NULL,
    scope_type VARCHAR(12) NOT NULL DEFAULT 'GLOBAL',
    scope_id   VARCHAR(40) NOT NULL DEFAULT '',
    PRIMARY KEY (account_id, role_id, scope_type, scope_id),
    CONSTRAINT fk_core_account_role_account FOREIGN KEY (account_id) REFERENCES core_account (id),
    CONSTRAINT fk_core_account_role_role FOREIGN KEY (role_id) REFERENCES core_role (id),
    CONSTRAINT ck_core_account_role_scope CHECK (scope_type IN ('GLOBAL', 'EMPLOYER', 'RECRUITMENT'))
);

-- The built-in roles of DESIGN.md "People"; their permissions grow as capabilities land.
INSERT INTO core_role (id, code, builtin) VALUES
    (1, 'platform-admin', TRUE),
    (2, 'content-editor', TRUE),
    (3, 'reviewer', TRUE),
    (4, 'exam-officer', TRUE),
    (5, 'proctor', TRUE),
    (6, 'marker', TRUE),
    (7, 'interviewer', TRUE),
    (8, 'chief-examiner', TRUE),
    (9, 'score-room-clerk', TRUE),
    (10, 'medical-officer', TRUE),
    (11, 'discipline-officer', TRUE),
    (12, 'auditor', TRUE),
    (13, 'employer-user', TRUE),
    (14, 'candidate', TRUE);

INSERT INTO core_role_permission (role_id, permission) VALUES
    (1, 'console:view'),
    (1, 'stage:*'),
    (1, 'platform:diagnose'),
    (1, 'account:manage'),
    (1, 'role:manage'),
    (1, 'pii:view-full'),
    (1, 'audit:view'),
    (2, 'console:view'),
    (3, 'console:view'),
    (4, 'console:view'),
    (5, 'console:view'),
    (6, 'console:view'),
    (7, 'console:view'),
    (8, 'console:view'),
    (9, 'console:view'),
    (10, 'console:view'),
    (11, 'console:view'),
    (12, 'console:view'),
    (12, 'audit:view'),
    (13, 'console:view'),
    (14, 'candidate:self');
