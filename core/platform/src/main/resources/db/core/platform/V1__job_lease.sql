-- Leases of the jobs that must run on one node of a cluster at a time (retention, redelivery sweeps): the node
-- named in holder runs the job until expires_at; it renews before then, and when it dies another node takes over.
CREATE TABLE core_job_lease (
    name       VARCHAR(100)             NOT NULL PRIMARY KEY,
    holder     VARCHAR(200)             NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL
);
