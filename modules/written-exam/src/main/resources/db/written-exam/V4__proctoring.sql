-- Online proctoring (在线监考): what the candidate's browser reports while the attempt runs (leaving the
-- window, leaving full screen, copy and paste, audio levels), webcam snapshots sealed under the exam's key,
-- and the proctor's messages to the candidate.

CREATE SEQUENCE we_proctor_seq START WITH 1 INCREMENT BY 50;

CREATE TABLE we_proctor_event (
    id          BIGINT      NOT NULL PRIMARY KEY,
    attempt_id  BIGINT      NOT NULL REFERENCES we_attempt (id),
    kind        VARCHAR(30) NOT NULL
        CHECK (kind IN ('TAB_HIDDEN', 'WINDOW_BLUR', 'FULLSCREEN_EXIT', 'COPY', 'PASTE', 'AUDIO_LEVEL')),
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    received_at TIMESTAMP WITH TIME ZONE NOT NULL,
    audio_level INTEGER CHECK (audio_level BETWEEN 0 AND 100)
);
CREATE INDEX we_proctor_event_attempt ON we_proctor_event (attempt_id, kind);

CREATE TABLE we_snapshot (
    id         BIGINT  NOT NULL PRIMARY KEY,
    attempt_id BIGINT  NOT NULL REFERENCES we_attempt (id),
    taken_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    size_bytes INTEGER NOT NULL CHECK (size_bytes > 0),
    sealed     VARCHAR(400000) NOT NULL
);
CREATE INDEX we_snapshot_attempt ON we_snapshot (attempt_id, taken_at);

CREATE TABLE we_proctor_message (
    id         BIGINT        NOT NULL PRIMARY KEY,
    attempt_id BIGINT        NOT NULL REFERENCES we_attempt (id),
    body       VARCHAR(500)  NOT NULL,
    sent_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_by    BIGINT        NOT NULL
);
CREATE INDEX we_proctor_message_attempt ON we_proctor_message (attempt_id, sent_at);

-- A proctor's referral to discipline, once per attempt.
ALTER TABLE we_attempt ADD COLUMN incident_id BIGINT;
ALTER TABLE we_attempt ADD COLUMN forced_by BIGINT;

-- The identity check before an online exam (考前身份核验): when the exam asks for it, the candidate sends a
-- live webcam photo; a proctor compares it with the application photo and admits or refuses. The paper
-- opens only to an admitted candidate.
ALTER TABLE we_exam ADD COLUMN identity_check BOOLEAN DEFAULT FALSE NOT NULL;

CREATE TABLE we_admission (
    id           BIGINT      NOT NULL PRIMARY KEY,
    paper_id     BIGINT      NOT NULL UNIQUE REFERENCES we_paper (id),
    status       VARCHAR(20) NOT NULL CHECK (status IN ('PENDING', 'ADMITTED', 'REFUSED')),
    photos       INTEGER     NOT NULL CHECK (photos > 0),
    photo_sealed VARCHAR(400000) NOT NULL,
    submitted_at TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by   BIGINT,
    decided_at   TIMESTAMP WITH TIME ZONE,
    reason       VARCHAR(500)
);
