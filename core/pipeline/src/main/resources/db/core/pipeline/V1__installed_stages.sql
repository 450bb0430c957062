-- Every stage plugin that was ever installed, so a recruitment whose plugin is gone shows "stage unavailable".
CREATE TABLE core_installed_stage (
    id            VARCHAR(40)              NOT NULL PRIMARY KEY,
    version       VARCHAR(60)              NOT NULL,
    spi_version   VARCHAR(20)              NOT NULL,
    name_zh       VARCHAR(200)             NOT NULL,
    name_en       VARCHAR(200)             NOT NULL,
    context_path  VARCHAR(100)             NOT NULL,
    last_status   VARCHAR(20)              NOT NULL,
    last_reason   VARCHAR(1000)            NOT NULL,
    first_seen    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT ck_core_installed_stage_status CHECK (last_status IN ('ACTIVE', 'INCOMPATIBLE', 'FAILED'))
);
