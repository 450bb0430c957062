-- Subjective marking (阅卷): anonymous scripts, per-question marking tasks, double marks with arbitration.
-- A marker's view joins only we_marking_task, we_marking_question and we_item: none of them names a candidate.

ALTER TABLE we_exam ADD COLUMN marking_opened_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE we_exam ADD COLUMN marking_released_at TIMESTAMP WITH TIME ZONE;

CREATE SEQUENCE we_script_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE we_marking_question_seq START WITH 1 INCREMENT BY 10;
CREATE SEQUENCE we_marking_task_seq START WITH 1 INCREMENT BY 50;
CREATE SEQUENCE we_mark_seq START WITH 1 INCREMENT BY 50;

-- One sat paper under an anonymous code; the only table linking the code to the application.
CREATE TABLE we_script (
    id              BIGINT        NOT NULL PRIMARY KEY,
    exam_id         BIGINT        NOT NULL REFERENCES we_exam (id),
    paper_id        BIGINT        NOT NULL REFERENCES we_paper (id),
    application_id  BIGINT        NOT NULL,
    code            VARCHAR(20)   NOT NULL,
    objective_score NUMERIC(9, 2) NOT NULL,
    CONSTRAINT we_script_paper UNIQUE (paper_id),
    CONSTRAINT we_script_code UNIQUE (exam_id, code)
);

-- A question people mark in one exam (one bank item version), with its double-marking tolerance.
CREATE TABLE we_marking_question (
    id        BIGINT        NOT NULL PRIMARY KEY,
    exam_id   BIGINT        NOT NULL REFERENCES we_exam (id),
    item_id   BIGINT        NOT NULL REFERENCES we_item (id),
    points    NUMERIC(7, 2) NOT NULL CHECK (points > 0),
    tolerance NUMERIC(7, 2) NOT NULL CHECK (tolerance >= 0),
    CONSTRAINT we_marking_question_item UNIQUE (exam_id, item_id)
);

CREATE TABLE we_marking_task (
    id          BIGINT        NOT NULL PRIMARY KEY,
    exam_id     BIGINT        NOT NULL REFERENCES we_exam (id),
    question_id BIGINT        NOT NULL REFERENCES we_marking_question (id),
    script_id   BIGINT        NOT NULL REFERENCES we_script (id),
    question_no INTEGER       NOT NULL,
    state       VARCHAR(20)   NOT NULL,
    taken       INTEGER       NOT NULL CHECK (taken BETWEEN 0 AND 3),
    final_score NUMERIC(9, 2),
    CONSTRAINT we_marking_task_script UNIQUE (script_id, question_no)
);
CREATE INDEX we_marking_task_queue ON we_marking_task (exam_id, state, taken);

-- One marker's mark of one task: taken, then submitted once and sealed.
CREATE TABLE we_mark (
    id           BIGINT        NOT NULL PRIMARY KEY,
    task_id      BIGINT        NOT NULL REFERENCES we_marking_task (id),
    exam_id      BIGINT        NOT NULL,
    marker_id    BIGINT        NOT NULL,
    round_no     INTEGER       NOT NULL CHECK (round_no BETWEEN 1 AND 3),
    score        NUMERIC(9, 2),
    taken_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT we_mark_marker UNIQUE (task_id, marker_id),
    CONSTRAINT we_mark_round UNIQUE (task_id, round_no)
);
CREATE INDEX we_mark_by_marker ON we_mark (marker_id, exam_id);
