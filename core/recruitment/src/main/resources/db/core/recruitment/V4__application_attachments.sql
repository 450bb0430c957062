-- Attachments of an application (报名附件): the candidate's photo (证件照, one per application) and certificates
-- (学历学位证书 etc.). The metadata row is what lists show; the bytes live apart, AES-GCM encrypted with the key
-- named beside them, so listing never loads a file and nothing readable sits in the database or the web root.
CREATE SEQUENCE core_application_attachment_seq START WITH 1000 INCREMENT BY 50;

CREATE TABLE core_application_attachment (
    id             BIGINT                   NOT NULL PRIMARY KEY,
    application_id BIGINT                   NOT NULL,
    kind           VARCHAR(12)              NOT NULL,
    file_name      VARCHAR(120)             NOT NULL,
    content_type   VARCHAR(40)              NOT NULL,
    size_bytes     INTEGER                  NOT NULL,
    width_px       INTEGER,
    height_px      INTEGER,
    sha256         VARCHAR(64)              NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT fk_core_application_attachment_application FOREIGN KEY (application_id) REFERENCES core_application (id),
    CONSTRAINT ck_core_application_attachment_kind CHECK (kind IN ('PHOTO', 'CERTIFICATE')),
    CONSTRAINT ck_core_application_attachment_size CHECK (size_bytes > 0)
);
CREATE INDEX ix_core_application_attachment_application ON core_application_attachment (application_id);

CREATE TABLE core_application_attachment_content (
    attachment_id BIGINT      NOT NULL PRIMARY KEY,
    key_id        VARCHAR(40) NOT NULL,
    sealed        BYTEA       NOT NULL,
    CONSTRAINT fk_core_attachment_content_attachment FOREIGN KEY (attachment_id) REFERENCES core_application_attachment (id)
);
