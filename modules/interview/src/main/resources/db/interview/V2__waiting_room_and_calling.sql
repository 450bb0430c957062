-- The waiting room (候考室), the calling screen (叫号) and the interview notice (面试通知书).

-- When and where the session gathers, when sign-in closed (who had not signed in is absent), the answer time
-- per candidate and the warning points (seconds left, comma-separated, largest first).
ALTER TABLE iv_session ADD COLUMN starts_at TIME;
ALTER TABLE iv_session ADD COLUMN venue VARCHAR(200);
ALTER TABLE iv_session ADD COLUMN sign_in_closed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE iv_session ADD COLUMN answer_seconds INTEGER DEFAULT 900 NOT NULL;
ALTER TABLE iv_session ADD COLUMN warning_seconds VARCHAR(60) DEFAULT '180' NOT NULL;
ALTER TABLE iv_session ADD CONSTRAINT ck_iv_session_answer CHECK (answer_seconds BETWEEN 60 AND 7200);

-- A candidate's sign-in after the identity check, the call and the end of the answer time, the notice sent,
-- and for the online form the meeting link with the window in which the candidate sees it.
ALTER TABLE iv_slot ADD COLUMN signed_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE iv_slot ADD COLUMN signed_in_by BIGINT;
ALTER TABLE iv_slot ADD COLUMN called_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE iv_slot ADD COLUMN answer_ended_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE iv_slot ADD COLUMN noticed_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE iv_slot ADD COLUMN meeting_link VARCHAR(500);
ALTER TABLE iv_slot ADD COLUMN meeting_opens_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE iv_slot ADD COLUMN meeting_closes_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE iv_slot ADD CONSTRAINT ck_iv_slot_meeting
    CHECK (meeting_link IS NULL OR meeting_opens_at < meeting_closes_at);

-- Recording references (录像文件编号或链接) of a candidate's interview, in the order entered.
CREATE TABLE iv_recording (
    slot_id   BIGINT       NOT NULL,
    position  INTEGER      NOT NULL,
    reference VARCHAR(500) NOT NULL,
    PRIMARY KEY (slot_id, position),
    CONSTRAINT fk_iv_recording_slot FOREIGN KEY (slot_id) REFERENCES iv_slot (id)
);
