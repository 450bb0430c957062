-- The written-exam stage (笔试): question bank, exams, sealed papers, attempts and answers.
-- Core records (recruitment, application, account) are referred to by id only.

CREATE SEQUENCE we_item_seq START WITH 1 INCREMENT BY 10;
CREATE SEQUENCE we_exam_seq START WITH 1 INCREMENT BY 10;
CREATE SEQUENCE we_paper_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE we_attempt_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE we_item (
    id              BIGINT         NOT NULL PRIMARY KEY,
    -- The first version's id; set in the same transaction right after the first version's insert.
    lineage_id      BIGINT,
    version         INTEGER        NOT NULL CHECK (version > 0),
    is_current      BOOLEAN        NOT NULL,
    is_used         BOOLEAN        NOT NULL,
    item_type       VARCHAR(20)    NOT NULL,
    stem            VARCHAR(4000)  NOT NULL,
    options_json    VARCHAR(9000)  NOT NULL,
    answer_key      VARCHAR(4000)  NOT NULL,
    points          NUMERIC(7, 2)  NOT NULL CHECK (points > 0),
    subject         VARCHAR(100)   NOT NULL,
    knowledge_point VARCHAR(100)   NOT NULL,
    difficulty      VARCHAR(10)    NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    created_by      BIGINT         NOT NULL,
    CONSTRAINT we_item_lineage_version UNIQUE (lineage_id, version)
);
CREATE INDEX we_item_current ON we_item (is_current, item_type, subject);

CREATE TABLE we_exam (
    id               BIGINT        NOT NULL PRIMARY KEY,
    recruitment_id   BIGINT        NOT NULL,
    starts_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    duration_minutes INTEGER       NOT NULL CHECK (duration_minutes > 0),
    paper_mode       VARCHAR(20)   NOT NULL,
    blueprint_json   VARCHAR(20000) NOT NULL,
    exam_seed        BIGINT        NOT NULL,
    wrapped_key      VARCHAR(200)  NOT NULL,
    papers_generated_at TIMESTAMP WITH TIME ZONE,
    reported_at      TIMESTAMP WITH TIME ZONE,
    CONSTRAINT we_exam_recruitment UNIQUE (recruitment_id),
    CONSTRAINT we_exam_window CHECK (ends_at > starts_at)
);

CREATE TABLE we_paper (
    id             BIGINT          NOT NULL PRIMARY KEY,
    exam_id        BIGINT          NOT NULL REFERENCES we_exam (id),
    application_id BIGINT          NOT NULL,
    account_id     BIGINT          NOT NULL,
    seed           BIGINT          NOT NULL,
    question_count INTEGER         NOT NULL,
    sealed_content VARCHAR(1000000) NOT NULL,
    generated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT we_paper_application UNIQUE (exam_id, application_id)
);
CREATE INDEX we_paper_account ON we_paper (account_id, exam_id);

CREATE TABLE we_attempt (
    id              BIGINT        NOT NULL PRIMARY KEY,
    paper_id        BIGINT        NOT NULL REFERENCES we_paper (id),
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    deadline        TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at    TIMESTAMP WITH TIME ZONE,
    objective_score NUMERIC(9, 2),
    CONSTRAINT we_attempt_paper UNIQUE (paper_id)
);

CREATE TABLE we_answer (
    attempt_id  BIGINT         NOT NULL REFERENCES we_attempt (id),
    question_no INTEGER        NOT NULL,
    response    VARCHAR(20000) NOT NULL,
    seq         BIGINT         NOT NULL,
    saved_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (attempt_id, question_no)
);
