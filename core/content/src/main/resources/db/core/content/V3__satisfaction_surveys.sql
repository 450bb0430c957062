-- Satisfaction surveys (满意度调查, Q2): one per stage of a recruitment or for its end; a survey waits
-- (SCHEDULED) until its stage is PUBLISHED or the admission list is out, or until staff open it by hand.
CREATE SEQUENCE core_survey_seq START WITH 1000 INCREMENT BY 10;
CREATE TABLE core_survey (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    recruitment_id    BIGINT                   NOT NULL,
    scope             VARCHAR(16)              NOT NULL,
    stage_instance_id BIGINT,
    title             VARCHAR(200)             NOT NULL,
    status            VARCHAR(16)              NOT NULL,
    created_by        BIGINT                   NOT NULL,
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_at         TIMESTAMP WITH TIME ZONE,
    closed_at         TIMESTAMP WITH TIME ZONE,
    version           BIGINT                   NOT NULL DEFAULT 0,
    CONSTRAINT ck_core_survey_scope CHECK (scope IN ('STAGE', 'RECRUITMENT')),
    CONSTRAINT ck_core_survey_status CHECK (status IN ('SCHEDULED', 'OPEN', 'CLOSED')),
    CONSTRAINT ck_core_survey_stage CHECK ((scope = 'STAGE') = (stage_instance_id IS NOT NULL))
);
CREATE INDEX ix_core_survey_recruitment ON core_survey (recruitment_id);
CREATE INDEX ix_core_survey_status ON core_survey (status);

-- One response per candidate and survey (the unique key refuses a second one even under a race).
-- Each question is a mark from 1 (very dissatisfied) to 5 (very satisfied).
CREATE SEQUENCE core_survey_response_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE core_survey_response (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    survey_id    BIGINT                   NOT NULL,
    candidate_id BIGINT                   NOT NULL,
    overall_mark    INTEGER                  NOT NULL,
    content_mark    INTEGER                  NOT NULL,
    process_mark    INTEGER                  NOT NULL,
    efficiency_mark INTEGER                  NOT NULL,
    result_mark     INTEGER                  NOT NULL,
    attitude_mark   INTEGER                  NOT NULL,
    remark       VARCHAR(2000),
    answered_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_core_survey_response UNIQUE (survey_id, candidate_id),
    CONSTRAINT fk_core_survey_response FOREIGN KEY (survey_id) REFERENCES core_survey (id),
    CONSTRAINT ck_core_survey_response_marks CHECK (
        overall_mark BETWEEN 1 AND 5 AND content_mark BETWEEN 1 AND 5 AND process_mark BETWEEN 1 AND 5
        AND efficiency_mark BETWEEN 1 AND 5 AND result_mark BETWEEN 1 AND 5 AND attitude_mark BETWEEN 1 AND 5)
);

-- Candidates who took part hear when a survey opens. A template's $ is written CHR(36) (Flyway placeholders).
INSERT INTO core_notification_event (event_type, owner) VALUES ('survey.opened', 'core');
INSERT INTO core_notification_event_parameter (event_type, name, sample) VALUES ('survey.opened', 'title', '笔试环节满意度调查');
INSERT INTO core_notification_event_parameter (event_type, name, sample) VALUES ('survey.opened', 'recruitment', '2026年某市事业单位公开招聘');
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.survey.opened.INBOX.zh-CN', 'survey.opened', 'INBOX', 'zh-CN', '邀请您参加满意度调查：' || CHR(36) || '{title}', '“' || CHR(36) || '{recruitment}”的满意度调查“' || CHR(36) || '{title}”已开放，请在“我的账户”页面评价我们的服务。', '邀请您参加满意度调查：' || CHR(36) || '{title}', '“' || CHR(36) || '{recruitment}”的满意度调查“' || CHR(36) || '{title}”已开放，请在“我的账户”页面评价我们的服务。', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.survey.opened.EMAIL.zh-CN', 'survey.opened', 'EMAIL', 'zh-CN', '邀请您参加满意度调查：' || CHR(36) || '{title}', '您好！' || CHR(10) || '' || CHR(10) || '“' || CHR(36) || '{recruitment}”的满意度调查“' || CHR(36) || '{title}”已开放，请登录招考服务平台，在“我的账户”页面评价我们的服务。' || CHR(10) || '' || CHR(10) || '招考服务平台', '邀请您参加满意度调查：' || CHR(36) || '{title}', '您好！' || CHR(10) || '' || CHR(10) || '“' || CHR(36) || '{recruitment}”的满意度调查“' || CHR(36) || '{title}”已开放，请登录招考服务平台，在“我的账户”页面评价我们的服务。' || CHR(10) || '' || CHR(10) || '招考服务平台', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.survey.opened.SMS.zh-CN', 'survey.opened', 'SMS', 'zh-CN', '', '满意度调查“' || CHR(36) || '{title}”已开放，请登录招考服务平台评价。', '', '满意度调查“' || CHR(36) || '{title}”已开放，请登录招考服务平台评价。', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.survey.opened.INBOX.en', 'survey.opened', 'INBOX', 'en', 'Please rate our service: ' || CHR(36) || '{title}', 'The satisfaction survey "' || CHR(36) || '{title}" of "' || CHR(36) || '{recruitment}" is open; answer it on your account page.', 'Please rate our service: ' || CHR(36) || '{title}', 'The satisfaction survey "' || CHR(36) || '{title}" of "' || CHR(36) || '{recruitment}" is open; answer it on your account page.', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.survey.opened.EMAIL.en', 'survey.opened', 'EMAIL', 'en', 'Please rate our service: ' || CHR(36) || '{title}', 'Hello,' || CHR(10) || '' || CHR(10) || 'The satisfaction survey "' || CHR(36) || '{title}" of "' || CHR(36) || '{recruitment}" is open. Sign in and answer it on your account page.' || CHR(10) || '' || CHR(10) || 'Zhaokao', 'Please rate our service: ' || CHR(36) || '{title}', 'Hello,' || CHR(10) || '' || CHR(10) || 'The satisfaction survey "' || CHR(36) || '{title}" of "' || CHR(36) || '{recruitment}" is open. Sign in and answer it on your account page.' || CHR(10) || '' || CHR(10) || 'Zhaokao', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.survey.opened.SMS.en', 'survey.opened', 'SMS', 'en', '', 'The satisfaction survey "' || CHR(36) || '{title}" is open. Sign in to the platform to answer it.', '', 'The satisfaction survey "' || CHR(36) || '{title}" is open. Sign in to the platform to answer it.', FALSE, CURRENT_TIMESTAMP);
