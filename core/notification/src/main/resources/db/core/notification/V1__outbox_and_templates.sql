-- Events that can be notified, with the parameters their templates may use and sample values for previews.
CREATE TABLE core_notification_event (
    event_type  VARCHAR(100) NOT NULL PRIMARY KEY,
    owner       VARCHAR(60)  NOT NULL
);

CREATE TABLE core_notification_event_parameter (
    event_type  VARCHAR(100) NOT NULL,
    name        VARCHAR(60)  NOT NULL,
    sample      VARCHAR(200) NOT NULL,
    CONSTRAINT pk_core_notification_event_parameter PRIMARY KEY (event_type, name),
    CONSTRAINT fk_core_notification_event_parameter_event FOREIGN KEY (event_type)
        REFERENCES core_notification_event (event_type)
);

-- One template per event x channel x language. The owner's default is kept beside the text in use, so an
-- upgraded plugin refreshes defaults without overwriting what an editor changed.
CREATE TABLE core_notification_template (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    event_type      VARCHAR(100)             NOT NULL,
    channel         VARCHAR(10)              NOT NULL,
    locale          VARCHAR(10)              NOT NULL,
    subject         VARCHAR(200)             NOT NULL,
    body            VARCHAR(4000)            NOT NULL,
    default_subject VARCHAR(200)             NOT NULL,
    default_body    VARCHAR(4000)            NOT NULL,
    edited          BOOLEAN                  NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT uq_core_notification_template UNIQUE (event_type, channel, locale),
    CONSTRAINT fk_core_notification_template_event FOREIGN KEY (event_type)
        REFERENCES core_notification_event (event_type),
    CONSTRAINT ck_core_notification_template_channel CHECK (channel IN ('INBOX', 'EMAIL', 'SMS'))
);

-- The outbox: a request, written in the caller's transaction.
CREATE TABLE core_notification (
    id              VARCHAR(36)              NOT NULL PRIMARY KEY,
    event_type      VARCHAR(100)             NOT NULL,
    idempotency_key VARCHAR(200)             NOT NULL,
    locale          VARCHAR(10)              NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX ix_core_notification_key ON core_notification (idempotency_key);

-- One delivery per recipient and channel; the INBOX rows are the in-site inbox. A key never holds the same
-- recipient and channel twice: that is the de-duplication.
CREATE TABLE core_notification_delivery (
    id                  VARCHAR(36)              NOT NULL PRIMARY KEY,
    notification_id     VARCHAR(36)              NOT NULL,
    event_type          VARCHAR(100)             NOT NULL,
    idempotency_key     VARCHAR(200)             NOT NULL,
    channel             VARCHAR(10)              NOT NULL,
    recipient_key       VARCHAR(300)             NOT NULL,
    account_id          VARCHAR(64),
    address             VARCHAR(254),
    locale              VARCHAR(10)              NOT NULL,
    subject             VARCHAR(200)             NOT NULL,
    body                VARCHAR(8000)            NOT NULL,
    template_parameters VARCHAR(4000),
    status              VARCHAR(10)              NOT NULL,
    attempts            INTEGER                  NOT NULL,
    next_attempt_at     TIMESTAMP WITH TIME ZONE,
    lease_until         TIMESTAMP WITH TIME ZONE,
    last_error          VARCHAR(1000),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_at             TIMESTAMP WITH TIME ZONE,
    read_at             TIMESTAMP WITH TIME ZONE,
    CONSTRAINT uq_core_notification_delivery UNIQUE (idempotency_key, recipient_key, channel),
    CONSTRAINT fk_core_notification_delivery_notification FOREIGN KEY (notification_id)
        REFERENCES core_notification (id),
    CONSTRAINT ck_core_notification_delivery_channel CHECK (channel IN ('INBOX', 'EMAIL', 'SMS')),
    CONSTRAINT ck_core_notification_delivery_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED'))
);
CREATE INDEX ix_core_notification_delivery_due ON core_notification_delivery (status, next_attempt_at);
CREATE INDEX ix_core_notification_delivery_account ON core_notification_delivery (account_id, channel, created_at);
CREATE INDEX ix_core_notification_delivery_recipient ON core_notification_delivery (recipient_key, channel, sent_at);
CREATE INDEX ix_core_notification_delivery_event ON core_notification_delivery (event_type, created_at);
CREATE INDEX ix_core_notification_delivery_notification ON core_notification_delivery (notification_id);
