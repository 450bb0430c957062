-- Offline sittings (线下考试): venues, rooms with a seat grid, seat allocations (seeded, recorded) and seats.
-- A seat is unique in its room and a candidate holds at most one seat per exam, whatever runs at once.

CREATE SEQUENCE we_offline_seq START WITH 1 INCREMENT BY 10;

CREATE TABLE we_venue (
    id       BIGINT       NOT NULL PRIMARY KEY,
    exam_id  BIGINT       NOT NULL REFERENCES we_exam (id),
    name     VARCHAR(200) NOT NULL,
    address  VARCHAR(500) NOT NULL,
    CONSTRAINT we_venue_name UNIQUE (exam_id, name)
);

CREATE TABLE we_room (
    id           BIGINT       NOT NULL PRIMARY KEY,
    venue_id     BIGINT       NOT NULL REFERENCES we_venue (id),
    exam_id      BIGINT       NOT NULL REFERENCES we_exam (id),
    name         VARCHAR(200) NOT NULL,
    seat_rows    INTEGER      NOT NULL CHECK (seat_rows > 0),
    seat_columns INTEGER      NOT NULL CHECK (seat_columns > 0),
    capacity     INTEGER      NOT NULL CHECK (capacity > 0),
    CONSTRAINT we_room_fits CHECK (capacity <= seat_rows * seat_columns),
    CONSTRAINT we_room_name UNIQUE (venue_id, name)
);

CREATE TABLE we_seat_allocation (
    id      BIGINT  NOT NULL PRIMARY KEY,
    exam_id BIGINT  NOT NULL REFERENCES we_exam (id),
    seed    BIGINT  NOT NULL,
    placed  INTEGER NOT NULL,
    run_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    run_by  BIGINT  NOT NULL
);

CREATE TABLE we_seat (
    id             BIGINT      NOT NULL PRIMARY KEY,
    exam_id        BIGINT      NOT NULL REFERENCES we_exam (id),
    room_id        BIGINT      NOT NULL REFERENCES we_room (id),
    seat_no        INTEGER     NOT NULL CHECK (seat_no > 0),
    application_id BIGINT      NOT NULL,
    ticket_number  VARCHAR(64) NOT NULL,
    allocation_id  BIGINT      NOT NULL REFERENCES we_seat_allocation (id),
    presence       VARCHAR(10) NOT NULL,
    incident_id    BIGINT,
    marked_at      TIMESTAMP WITH TIME ZONE,
    marked_by      BIGINT,
    CONSTRAINT we_seat_place UNIQUE (room_id, seat_no),
    CONSTRAINT we_seat_candidate UNIQUE (exam_id, application_id)
);
CREATE INDEX we_seat_ticket ON we_seat (exam_id, ticket_number);
