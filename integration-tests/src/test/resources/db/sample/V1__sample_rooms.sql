CREATE TABLE smp_room (
    id       BIGINT       NOT NULL PRIMARY KEY,
    name     VARCHAR(100) NOT NULL,
    capacity INTEGER      NOT NULL CHECK (capacity > 0)
);
