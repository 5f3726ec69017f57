-- Scheduled jobs (cron-style work such as the self-healing reprocessing job) run on every
-- processor/webapp instance as non-persistent EJB timer ticks. A tick runs its job only after
-- taking the job's row here, so N instances run each job once per period:
--
--   UPDATE job_lock
--      SET owner = :instance, locked_until = now() + :lease, last_started = now()
--    WHERE job_name = :job AND (locked_until IS NULL OR locked_until < now())
--
-- One updated row means this instance holds the lease; zero means another instance does. The
-- lease expires on its own when an instance dies mid-run, so no job stays locked forever.
CREATE TABLE job_lock (
    job_name      text        PRIMARY KEY,
    owner         text,
    locked_until  timestamptz,
    last_started  timestamptz,
    last_finished timestamptz,
    last_success  timestamptz,
    error_count   integer     NOT NULL DEFAULT 0,
    last_error    text
);

COMMENT ON TABLE job_lock IS 'One row per scheduled job: the lease that lets exactly one instance run it, and its last outcome.';
COMMENT ON COLUMN job_lock.owner IS 'Instance that holds or last held the lease.';
COMMENT ON COLUMN job_lock.locked_until IS 'End of the current lease; NULL or past means the job is free.';
COMMENT ON COLUMN job_lock.error_count IS 'Consecutive failed runs; reset to 0 by a successful run.';
