-- Employers (招考单位): profile, contacts, the agreement as recorded facts (SPEC R2).
CREATE SEQUENCE core_employer_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_employer (
    id                    BIGINT                   NOT NULL PRIMARY KEY,
    code                  VARCHAR(40)              NOT NULL,
    name                  VARCHAR(200)             NOT NULL,
    kind                  VARCHAR(20)              NOT NULL,
    introduction          VARCHAR(4000)            NOT NULL,
    address               VARCHAR(300)             NOT NULL,
    contact_name          VARCHAR(50)              NOT NULL,
    contact_phone         VARCHAR(40)              NOT NULL,
    contact_email         VARCHAR(200)             NOT NULL,
    agreement_number      VARCHAR(60)              NOT NULL,
    agreement_starts_on   DATE                     NOT NULL,
    agreement_ends_on     DATE                     NOT NULL,
    agreement_fee         NUMERIC(14, 2)           NOT NULL,
    payment_terms         VARCHAR(2000)            NOT NULL,
    confidentiality_terms VARCHAR(4000)            NOT NULL,
    data_protection_terms VARCHAR(4000)            NOT NULL,
    liability_terms       VARCHAR(4000)            NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_employer_code UNIQUE (code),
    CONSTRAINT ck_core_employer_kind CHECK (kind IN ('GOVERNMENT', 'INSTITUTION', 'STATE_ENTERPRISE', 'ENTERPRISE')),
    CONSTRAINT ck_core_employer_period CHECK (agreement_ends_on >= agreement_starts_on),
    CONSTRAINT ck_core_employer_fee CHECK (agreement_fee >= 0)
);

-- The service plan (SPEC R1): which services the employer bought.
CREATE TABLE core_employer_service (
    employer_id BIGINT      NOT NULL,
    service     VARCHAR(20) NOT NULL,
    PRIMARY KEY (employer_id, service),
    CONSTRAINT fk_core_employer_service_employer FOREIGN KEY (employer_id) REFERENCES core_employer (id),
    CONSTRAINT ck_core_employer_service CHECK (service IN
        ('APPLICATION', 'REVIEW', 'WRITTEN_EXAM', 'PHYSICAL_TEST', 'INTERVIEW', 'MEDICAL_CHECK'))
);

-- Recruitments (招考项目). The stored status is what people decided; APPLYING and REVIEWING follow from the
-- application window and are derived, not stored.
CREATE SEQUENCE core_recruitment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_recruitment (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    code              VARCHAR(40)              NOT NULL,
    employer_id       BIGINT                   NOT NULL,
    title             VARCHAR(200)             NOT NULL,
    status            VARCHAR(24)              NOT NULL,
    announcement_html VARCHAR(200000)          NOT NULL,
    window_opens_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    window_closes_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    contacts          VARCHAR(1000)            NOT NULL,
    notice_version    INTEGER                  NOT NULL,
    pledge_version    INTEGER                  NOT NULL,
    created_by        BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_by      BIGINT,
    submitted_at      TIMESTAMP WITH TIME ZONE,
    published_by      BIGINT,
    published_at      TIMESTAMP WITH TIME ZONE,
    review_note       VARCHAR(1000),
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_recruitment_code UNIQUE (code),
    CONSTRAINT fk_core_recruitment_employer FOREIGN KEY (employer_id) REFERENCES core_employer (id),
    CONSTRAINT ck_core_recruitment_status CHECK (status IN ('DRAFT', 'PENDING_PUBLICATION', 'PUBLISHED',
        'IN_STAGES', 'ADMISSION_PUBLISHED', 'CLOSED', 'ARCHIVED')),
    CONSTRAINT ck_core_recruitment_window CHECK (window_closes_at > window_opens_at)
);
CREATE INDEX ix_core_recruitment_status ON core_recruitment (status);

-- The exam work plan (SPEC R3): per phase its schedule, responsible staff, duties and procedure.
CREATE TABLE core_work_phase (
    recruitment_id BIGINT        NOT NULL,
    seq            INTEGER       NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    starts_on      DATE          NOT NULL,
    ends_on        DATE          NOT NULL,
    staff          VARCHAR(500)  NOT NULL,
    duties         VARCHAR(2000) NOT NULL,
    procedure_text VARCHAR(4000) NOT NULL,
    PRIMARY KEY (recruitment_id, seq),
    CONSTRAINT fk_core_work_phase_recruitment FOREIGN KEY (recruitment_id) REFERENCES core_recruitment (id)
);

-- Every version of the application notice (报名须知) and the integrity pledge (诚信协议) a candidate may have
-- signed: kept so that what a candidate agreed to can be shown word for word years later.
CREATE SEQUENCE core_recruitment_text_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_recruitment_text (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    recruitment_id BIGINT                   NOT NULL,
    kind           VARCHAR(10)              NOT NULL,
    text_version   INTEGER                  NOT NULL,
    body           VARCHAR(20000)           NOT NULL,
    sha256         CHAR(64)                 NOT NULL,
    created_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_core_recruitment_text UNIQUE (recruitment_id, kind, text_version),
    CONSTRAINT fk_core_recruitment_text_recruitment FOREIGN KEY (recruitment_id) REFERENCES core_recruitment (id),
    CONSTRAINT ck_core_recruitment_text_kind CHECK (kind IN ('NOTICE', 'PLEDGE'))
);

-- Positions (岗位) with structured requirements.
CREATE SEQUENCE core_position_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_position (
    id                   BIGINT        NOT NULL PRIMARY KEY,
    recruitment_id       BIGINT        NOT NULL,
    code                 VARCHAR(40)   NOT NULL,
    title                VARCHAR(200)  NOT NULL,
    department           VARCHAR(200)  NOT NULL,
    headcount            INTEGER       NOT NULL,
    min_education        VARCHAR(20),
    min_degree           VARCHAR(20),
    majors               VARCHAR(4000) NOT NULL,
    min_age              INTEGER,
    max_age              INTEGER,
    political_status     VARCHAR(20),
    min_experience_years INTEGER,
    household            VARCHAR(200)  NOT NULL,
    gender               VARCHAR(6),
    other_requirements   VARCHAR(2000) NOT NULL,
    exam_subjects        VARCHAR(1000) NOT NULL,
    interview_ratio      INTEGER       NOT NULL,
    extra_fields         VARCHAR(2000) NOT NULL,
    version              BIGINT        NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_position_code UNIQUE (recruitment_id, code),
    CONSTRAINT fk_core_position_recruitment FOREIGN KEY (recruitment_id) REFERENCES core_recruitment (id),
    CONSTRAINT ck_core_position_headcount CHECK (headcount > 0),
    CONSTRAINT ck_core_position_ratio CHECK (interview_ratio > 0),
    CONSTRAINT ck_core_position_ages CHECK (min_age IS NULL OR max_age IS NULL OR min_age <= max_age)
);

-- Applications (报名). Two unique constraints make the rush safe without a look-up-then-insert race:
--   (candidate_id, idempotency_key): a double click or a retry creates one application;
--   (candidate_id, live_recruitment_id): one live application per recruitment. live_recruitment_id holds the
--   recruitment while the application is live and is NULL once it is withdrawn or rejected; NULLs never clash,
--   in PostgreSQL and H2 alike, so this works without a partial index.
CREATE SEQUENCE core_application_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_application (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    recruitment_id      BIGINT                   NOT NULL,
    position_id         BIGINT                   NOT NULL,
    candidate_id        BIGINT                   NOT NULL,
    live_recruitment_id BIGINT,
    idempotency_key     VARCHAR(64)              NOT NULL,
    status              VARCHAR(12)              NOT NULL,
    notice_version      INTEGER                  NOT NULL,
    pledge_version      INTEGER                  NOT NULL,
    pledged_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    pledge_ip           VARCHAR(45)              NOT NULL,
    education           VARCHAR(20)              NOT NULL,
    degree              VARCHAR(20)              NOT NULL,
    school              VARCHAR(100)             NOT NULL,
    major               VARCHAR(100)             NOT NULL,
    graduated_on        DATE                     NOT NULL,
    political_status    VARCHAR(20)              NOT NULL,
    experience_years    INTEGER                  NOT NULL,
    household           VARCHAR(100)             NOT NULL,
    answers             VARCHAR(8000)            NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by          BIGINT,
    decided_at          TIMESTAMP WITH TIME ZONE,
    decision_reason     VARCHAR(1000),
    version             BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT uq_core_application_key UNIQUE (candidate_id, idempotency_key),
    CONSTRAINT uq_core_application_live UNIQUE (candidate_id, live_recruitment_id),
    CONSTRAINT fk_core_application_recruitment FOREIGN KEY (recruitment_id) REFERENCES core_recruitment (id),
    CONSTRAINT fk_core_application_position FOREIGN KEY (position_id) REFERENCES core_position (id),
    CONSTRAINT ck_core_application_status CHECK (status IN
        ('SUBMITTED', 'RETURNED', 'APPROVED', 'REJECTED', 'WITHDRAWN')),
    CONSTRAINT ck_core_application_live CHECK (
        (status IN ('SUBMITTED', 'RETURNED', 'APPROVED') AND live_recruitment_id = recruitment_id)
        OR (status IN ('REJECTED', 'WITHDRAWN') AND live_recruitment_id IS NULL))
);
-- Applicant counts per position are counted, never kept in a counter row that every submit would lock.
CREATE INDEX ix_core_application_position ON core_application (position_id, status);
CREATE INDEX ix_core_application_recruitment ON core_application (recruitment_id, status);

-- The status timeline a candidate sees under "My applications".
CREATE SEQUENCE core_application_event_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_application_event (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    application_id BIGINT                   NOT NULL,
    kind           VARCHAR(12)              NOT NULL,
    occurred_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id       BIGINT                   NOT NULL,
    reason         VARCHAR(1000),
    CONSTRAINT fk_core_application_event_application FOREIGN KEY (application_id) REFERENCES core_application (id)
);
CREATE INDEX ix_core_application_event ON core_application_event (application_id);

-- Reasons a reviewer picks from (or types another); their text is shown to the candidate as written.
CREATE TABLE core_review_reason (
    code       VARCHAR(40)   NOT NULL PRIMARY KEY,
    text_zh    VARCHAR(200)  NOT NULL,
    text_en    VARCHAR(200)  NOT NULL,
    sort_order INTEGER       NOT NULL
);

INSERT INTO core_review_reason (code, text_zh, text_en, sort_order) VALUES
    ('education', '学历不符合岗位要求', 'Education level does not meet the position''s requirement', 10),
    ('degree', '学位不符合岗位要求', 'Degree does not meet the position''s requirement', 20),
    ('major', '所学专业不符合岗位要求', 'Major is not among those the position accepts', 30),
    ('age', '年龄不符合岗位要求', 'Age is outside the position''s range', 40),
    ('political', '政治面貌不符合岗位要求', 'Political status does not meet the position''s requirement', 50),
    ('experience', '工作经历年限不符合岗位要求', 'Years of work experience are fewer than required', 60),
    ('household', '户籍不符合岗位要求', 'Household registration does not meet the requirement', 70),
    ('incomplete', '报名信息填写不完整或不准确，请核对后重新提交', 'The form is incomplete or inaccurate; correct it and submit again', 80);
