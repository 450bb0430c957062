-- Feedback (意见反馈, Q1) left from any page: the page it was written on and the text; the account when logged in.
CREATE SEQUENCE core_feedback_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE core_feedback (
    id         BIGINT                   NOT NULL PRIMARY KEY,
    page       VARCHAR(300)             NOT NULL,
    text_body  VARCHAR(2000)            NOT NULL,
    account_id BIGINT,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_core_feedback_created ON core_feedback (created_at);
