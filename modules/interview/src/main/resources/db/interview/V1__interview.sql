-- The interview stage's own tables. Core records (recruitments, applications, accounts) are referred to by id only.
CREATE SEQUENCE iv_seq START WITH 1000 INCREMENT BY 50;

-- A recruitment's scoring scheme; dimensions are listed in iv_dimension, in sheet order.
CREATE TABLE iv_scheme (
    recruitment_id      BIGINT                   NOT NULL PRIMARY KEY,
    examiners_per_panel INTEGER                  NOT NULL,
    rounding_scale      INTEGER                  NOT NULL,
    rounding_mode       VARCHAR(12)              NOT NULL,
    passing_score       NUMERIC(7, 3)            NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_iv_scheme_examiners CHECK (examiners_per_panel BETWEEN 3 AND 15),
    CONSTRAINT ck_iv_scheme_scale CHECK (rounding_scale BETWEEN 0 AND 3),
    CONSTRAINT ck_iv_scheme_mode CHECK (rounding_mode IN ('HALF_UP', 'HALF_EVEN', 'DOWN'))
);

CREATE TABLE iv_dimension (
    recruitment_id BIGINT        NOT NULL,
    position       INTEGER       NOT NULL,
    code           VARCHAR(40)   NOT NULL,
    name           VARCHAR(100)  NOT NULL,
    weight         NUMERIC(6, 2) NOT NULL,
    min_score      NUMERIC(7, 2) NOT NULL,
    max_score      NUMERIC(7, 2) NOT NULL,
    PRIMARY KEY (recruitment_id, position),
    CONSTRAINT uq_iv_dimension_code UNIQUE (recruitment_id, code),
    CONSTRAINT fk_iv_dimension_scheme FOREIGN KEY (recruitment_id) REFERENCES iv_scheme (recruitment_id),
    CONSTRAINT ck_iv_dimension_range CHECK (min_score >= 0 AND max_score > min_score)
);

-- Panels with their examiners, chief examiner (one of them) and score-room clerk (staff account ids).
CREATE TABLE iv_panel (
    id               BIGINT                   NOT NULL PRIMARY KEY,
    recruitment_id   BIGINT                   NOT NULL,
    name             VARCHAR(100)             NOT NULL,
    room             VARCHAR(100)             NOT NULL,
    chief_account_id BIGINT                   NOT NULL,
    clerk_account_id BIGINT                   NOT NULL,
    unsealed_at      TIMESTAMP WITH TIME ZONE,
    unsealed_by      BIGINT,
    signed_at        TIMESTAMP WITH TIME ZONE,
    signed_by        BIGINT,
    version          INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT uq_iv_panel_name UNIQUE (recruitment_id, name),
    CONSTRAINT ck_iv_panel_signed CHECK (signed_at IS NULL OR unsealed_at IS NOT NULL)
);
CREATE INDEX ix_iv_panel_recruitment ON iv_panel (recruitment_id);

CREATE TABLE iv_panel_examiner (
    panel_id   BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (panel_id, account_id),
    CONSTRAINT fk_iv_panel_examiner_panel FOREIGN KEY (panel_id) REFERENCES iv_panel (id)
);
CREATE INDEX ix_iv_panel_examiner_account ON iv_panel_examiner (account_id);

-- Half-day sittings of a panel; the seed is recorded when lots are drawn, once.
CREATE TABLE iv_session (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    panel_id     BIGINT                   NOT NULL,
    sitting_date DATE                     NOT NULL,
    sitting_part VARCHAR(12)              NOT NULL,
    seed         BIGINT,
    drawn_at     TIMESTAMP WITH TIME ZONE,
    drawn_by     BIGINT,
    version      INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT uq_iv_session_sitting UNIQUE (panel_id, sitting_date, sitting_part),
    CONSTRAINT fk_iv_session_panel FOREIGN KEY (panel_id) REFERENCES iv_panel (id),
    CONSTRAINT ck_iv_session_part CHECK (sitting_part IN ('MORNING', 'AFTERNOON', 'EVENING'))
);

-- A candidate's place: one per application and recruitment; drawn order and plate once drawn.
CREATE TABLE iv_slot (
    id             BIGINT        NOT NULL PRIMARY KEY,
    session_id     BIGINT        NOT NULL,
    panel_id       BIGINT        NOT NULL,
    recruitment_id BIGINT        NOT NULL,
    application_id BIGINT        NOT NULL,
    draw_order     INTEGER,
    plate          VARCHAR(10),
    absent         BOOLEAN       NOT NULL DEFAULT FALSE,
    final_score    NUMERIC(9, 3),
    CONSTRAINT uq_iv_slot_application UNIQUE (recruitment_id, application_id),
    CONSTRAINT fk_iv_slot_session FOREIGN KEY (session_id) REFERENCES iv_session (id),
    CONSTRAINT fk_iv_slot_panel FOREIGN KEY (panel_id) REFERENCES iv_panel (id)
);
CREATE INDEX ix_iv_slot_session ON iv_slot (session_id);
CREATE INDEX ix_iv_slot_panel ON iv_slot (panel_id);

-- One examiner's sheet per candidate; SEALED once submitted.
CREATE TABLE iv_sheet (
    id                  BIGINT                   NOT NULL PRIMARY KEY,
    slot_id             BIGINT                   NOT NULL,
    examiner_account_id BIGINT                   NOT NULL,
    status              VARCHAR(10)              NOT NULL,
    submitted_at        TIMESTAMP WITH TIME ZONE,
    amended_at          TIMESTAMP WITH TIME ZONE,
    amended_by          BIGINT,
    version             INTEGER                  NOT NULL DEFAULT 0,
    CONSTRAINT uq_iv_sheet_examiner UNIQUE (slot_id, examiner_account_id),
    CONSTRAINT fk_iv_sheet_slot FOREIGN KEY (slot_id) REFERENCES iv_slot (id),
    CONSTRAINT ck_iv_sheet_status CHECK (status IN ('DRAFT', 'SEALED'))
);

CREATE TABLE iv_sheet_score (
    sheet_id       BIGINT        NOT NULL,
    dimension_code VARCHAR(40)   NOT NULL,
    score          NUMERIC(7, 2) NOT NULL,
    PRIMARY KEY (sheet_id, dimension_code),
    CONSTRAINT fk_iv_sheet_score_sheet FOREIGN KEY (sheet_id) REFERENCES iv_sheet (id)
);
