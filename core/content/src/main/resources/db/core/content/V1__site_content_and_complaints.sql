-- Site content (issue 11): pages written as drafts, reviewed by a second person and published as numbered
-- versions; site settings such as the licences in every footer; complaints with tickets and deadlines.

-- One page: a home notice, an operating guide of one phase, an FAQ entry or a support channel. The working
-- copy (draft_*) is what editors change; published_* is what the site shows (the newest published version).
CREATE SEQUENCE core_content_page_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE core_content_page (
    id                BIGINT                   NOT NULL PRIMARY KEY,
    kind              VARCHAR(30)              NOT NULL,
    sort_order        INTEGER                  NOT NULL,
    status            VARCHAR(12)              NOT NULL,
    draft_title       VARCHAR(200)             NOT NULL,
    draft_body        VARCHAR(100000)          NOT NULL,
    author_id         BIGINT                   NOT NULL,
    submitted_by      BIGINT,
    review_note       VARCHAR(1000),
    published_version INTEGER                  NOT NULL,
    published_title   VARCHAR(200),
    published_body    VARCHAR(100000),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    version           BIGINT                   NOT NULL,
    CONSTRAINT ck_core_content_page_status CHECK (status IN ('DRAFT', 'SUBMITTED', 'PUBLISHED'))
);
CREATE INDEX ix_core_content_page_kind ON core_content_page (kind, sort_order);

-- Every publication, kept whole: the versions list, the diff of two of them and the rollback read these.
CREATE SEQUENCE core_content_version_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE core_content_version (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    page_id      BIGINT                   NOT NULL,
    version_no   INTEGER                  NOT NULL,
    title        VARCHAR(200)             NOT NULL,
    body         VARCHAR(100000)          NOT NULL,
    author_id    BIGINT                   NOT NULL,
    approver_id  BIGINT                   NOT NULL,
    criteria     VARCHAR(500)             NOT NULL,
    published_at TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_core_content_version UNIQUE (page_id, version_no),
    CONSTRAINT fk_core_content_version_page FOREIGN KEY (page_id) REFERENCES core_content_page (id)
);

-- Settings staff edit on the settings screen (licences, complaint deadline); absent keys take their default.
CREATE TABLE core_site_setting (
    setting_key   VARCHAR(60)              NOT NULL PRIMARY KEY,
    setting_value VARCHAR(500)             NOT NULL,
    updated_by    BIGINT,
    updated_at    TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Complaints (投诉). The complainant's contact is encrypted, with a blind index for the status page's lookup.
CREATE SEQUENCE core_complaint_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE core_complaint (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    ticket         VARCHAR(20)              NOT NULL,
    channel        VARCHAR(10)              NOT NULL,
    account_id     BIGINT,
    entered_by     BIGINT,
    name           VARCHAR(50)              NOT NULL,
    contact_kind   VARCHAR(10)              NOT NULL,
    contact_enc    VARCHAR(1000)            NOT NULL,
    contact_index  VARCHAR(100)             NOT NULL,
    subject        VARCHAR(200)             NOT NULL,
    body           VARCHAR(4000)            NOT NULL,
    status         VARCHAR(12)              NOT NULL,
    filed_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    due_on         DATE                     NOT NULL,
    assignee_id    BIGINT,
    reply          VARCHAR(4000),
    replied_by     BIGINT,
    replied_at     TIMESTAMP WITH TIME ZONE,
    version        BIGINT                   NOT NULL,
    CONSTRAINT uq_core_complaint_ticket UNIQUE (ticket),
    CONSTRAINT ck_core_complaint_channel CHECK (channel IN ('WEB', 'PHONE', 'EMAIL')),
    CONSTRAINT ck_core_complaint_status CHECK (status IN ('OPEN', 'ANSWERED'))
);
CREATE INDEX ix_core_complaint_due ON core_complaint (status, due_on);

-- Internal notes of the staff handling a complaint; never shown to the complainant.
CREATE SEQUENCE core_complaint_note_seq START WITH 1000 INCREMENT BY 50;
CREATE TABLE core_complaint_note (
    id           BIGINT                   NOT NULL PRIMARY KEY,
    complaint_id BIGINT                   NOT NULL,
    author_id    BIGINT                   NOT NULL,
    note_text    VARCHAR(2000)            NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_core_complaint_note FOREIGN KEY (complaint_id) REFERENCES core_complaint (id)
);

-- The reply to a complainant goes through the notifier. A template's $ is written CHR(36) (Flyway placeholders).
INSERT INTO core_notification_event (event_type, owner) VALUES ('complaint.replied', 'core');
INSERT INTO core_notification_event_parameter (event_type, name, sample) VALUES ('complaint.replied', 'ticket', 'TS20261127-7KQ2MX');
INSERT INTO core_notification_event_parameter (event_type, name, sample) VALUES ('complaint.replied', 'subject', '考场安排');
INSERT INTO core_notification_event_parameter (event_type, name, sample) VALUES ('complaint.replied', 'reply', '已核实，考场已调整。');
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.complaint.replied.INBOX.zh-CN', 'complaint.replied', 'INBOX', 'zh-CN', '投诉已答复：' || CHR(36) || '{ticket}', '您的投诉（工单号 ' || CHR(36) || '{ticket}，“' || CHR(36) || '{subject}”）已答复：' || CHR(36) || '{reply}', '投诉已答复：' || CHR(36) || '{ticket}', '您的投诉（工单号 ' || CHR(36) || '{ticket}，“' || CHR(36) || '{subject}”）已答复：' || CHR(36) || '{reply}', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.complaint.replied.EMAIL.zh-CN', 'complaint.replied', 'EMAIL', 'zh-CN', '投诉已答复：' || CHR(36) || '{ticket}', '您好！' || CHR(10) || '' || CHR(10) || '您的投诉（工单号 ' || CHR(36) || '{ticket}，“' || CHR(36) || '{subject}”）已答复：' || CHR(10) || '' || CHR(36) || '{reply}' || CHR(10) || '' || CHR(10) || '凭工单号和联系方式可在平台“投诉查询”页面查看处理情况。' || CHR(10) || '' || CHR(10) || '招考服务平台', '投诉已答复：' || CHR(36) || '{ticket}', '您好！' || CHR(10) || '' || CHR(10) || '您的投诉（工单号 ' || CHR(36) || '{ticket}，“' || CHR(36) || '{subject}”）已答复：' || CHR(10) || '' || CHR(36) || '{reply}' || CHR(10) || '' || CHR(10) || '凭工单号和联系方式可在平台“投诉查询”页面查看处理情况。' || CHR(10) || '' || CHR(10) || '招考服务平台', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.complaint.replied.SMS.zh-CN', 'complaint.replied', 'SMS', 'zh-CN', '', '您的投诉' || CHR(36) || '{ticket}已答复，请凭工单号和联系方式在招考服务平台查看答复内容。', '', '您的投诉' || CHR(36) || '{ticket}已答复，请凭工单号和联系方式在招考服务平台查看答复内容。', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.complaint.replied.INBOX.en', 'complaint.replied', 'INBOX', 'en', 'Complaint answered: ' || CHR(36) || '{ticket}', 'Your complaint (ticket ' || CHR(36) || '{ticket}, "' || CHR(36) || '{subject}") has been answered: ' || CHR(36) || '{reply}', 'Complaint answered: ' || CHR(36) || '{ticket}', 'Your complaint (ticket ' || CHR(36) || '{ticket}, "' || CHR(36) || '{subject}") has been answered: ' || CHR(36) || '{reply}', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.complaint.replied.EMAIL.en', 'complaint.replied', 'EMAIL', 'en', 'Complaint answered: ' || CHR(36) || '{ticket}', 'Hello,' || CHR(10) || '' || CHR(10) || 'Your complaint (ticket ' || CHR(36) || '{ticket}, "' || CHR(36) || '{subject}") has been answered:' || CHR(10) || '' || CHR(36) || '{reply}' || CHR(10) || '' || CHR(10) || 'The complaint status page shows it with your ticket number and contact.' || CHR(10) || '' || CHR(10) || 'Zhaokao', 'Complaint answered: ' || CHR(36) || '{ticket}', 'Hello,' || CHR(10) || '' || CHR(10) || 'Your complaint (ticket ' || CHR(36) || '{ticket}, "' || CHR(36) || '{subject}") has been answered:' || CHR(10) || '' || CHR(36) || '{reply}' || CHR(10) || '' || CHR(10) || 'The complaint status page shows it with your ticket number and contact.' || CHR(10) || '' || CHR(10) || 'Zhaokao', FALSE, CURRENT_TIMESTAMP);
INSERT INTO core_notification_template (id, event_type, channel, locale, subject, body, default_subject, default_body, edited, updated_at)
    VALUES ('core.complaint.replied.SMS.en', 'complaint.replied', 'SMS', 'en', '', 'Your complaint ' || CHR(36) || '{ticket} has been answered. See the reply on the platform with your ticket number and contact.', '', 'Your complaint ' || CHR(36) || '{ticket} has been answered. See the reply on the platform with your ticket number and contact.', FALSE, CURRENT_TIMESTAMP);
