-- What the crash-stats API and pages serve besides crashes themselves (../shared/socorro-api.md
-- §5.7, §5.8). The scheduled jobs fill signature, product_version and missing_processed_crash;
-- admins maintain bug_association.

-- First appearance of each signature (Socorro's crashstats_signature), from processed crashes.
CREATE TABLE signature (
    signature  text        PRIMARY KEY,
    first_build text,
    first_date timestamptz NOT NULL
);
COMMENT ON TABLE signature IS 'First date and build each signature was seen (SignatureFirstDate API, "new" markers in Top Crashers).';

-- Links between signatures and issues in an issue tracker (Socorro's BugAssociation).
CREATE TABLE bug_association (
    bug_id    bigint NOT NULL CHECK (bug_id > 0),
    signature text   NOT NULL,
    PRIMARY KEY (bug_id, signature)
);
CREATE INDEX bug_association_signature ON bug_association (signature);
COMMENT ON TABLE bug_association IS 'Issue-tracker issues linked to signatures (Bugs and SignaturesByBugs APIs).';

-- Versions seen per product, channel and build (VersionString API, product pages).
CREATE TABLE product_version (
    product        text        NOT NULL,
    release_channel text       NOT NULL,
    build_id       text        NOT NULL,
    version_string text        NOT NULL,
    first_seen     timestamptz NOT NULL DEFAULT now(),
    PRIMARY KEY (product, release_channel, build_id, version_string)
);
COMMENT ON TABLE product_version IS 'Version strings seen per product, channel and build ID.';

-- Crashes stored without a processed crash, found by the self-healing job (MissingProcessedCrash API).
CREATE TABLE missing_processed_crash (
    id           bigserial   PRIMARY KEY,
    crash_id     text        NOT NULL UNIQUE,
    is_processed boolean     NOT NULL DEFAULT false,
    created      timestamptz NOT NULL DEFAULT now()
);
COMMENT ON TABLE missing_processed_crash IS 'Raw crashes the verifyprocessed job found unprocessed; is_processed turns true once they are.';
