-- The pre-exam page of an online exam (考前准备): the exam's rules (考试须知/考场规则) that staff set and a
-- candidate reads and accepts before the paper opens, the acceptance (who, when, and the digest of the very
-- text accepted: changed rules ask for a new acceptance), and the candidate's device check (camera,
-- microphone, browser abilities) as their browser reported it, shown to the proctor.

ALTER TABLE we_exam ADD COLUMN rules VARCHAR(20000);

CREATE TABLE we_rules_acceptance (
    id           BIGINT      NOT NULL PRIMARY KEY,
    paper_id     BIGINT      NOT NULL REFERENCES we_paper (id),
    rules_digest VARCHAR(64) NOT NULL,
    accepted_by  BIGINT      NOT NULL,
    accepted_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT we_rules_acceptance_once UNIQUE (paper_id, rules_digest)
);

CREATE TABLE we_device_check (
    id          BIGINT  NOT NULL PRIMARY KEY,
    paper_id    BIGINT  NOT NULL UNIQUE REFERENCES we_paper (id),
    camera      BOOLEAN NOT NULL,
    microphone  BOOLEAN NOT NULL,
    media       BOOLEAN NOT NULL,
    fullscreen  BOOLEAN NOT NULL,
    storage     BOOLEAN NOT NULL,
    audio_level INTEGER CHECK (audio_level BETWEEN 0 AND 100),
    checked_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    checks      INTEGER NOT NULL CHECK (checks > 0)
);
