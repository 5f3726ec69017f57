-- Token buckets of the webapp's rate limits (Bucket4j's PostgreSQL proxy manager), so that every
-- webapp instance counts the same requests: a client spreading requests over N instances behind
-- a load balancer gets the configured rate, not N times it. The key is "ip:<address>" for
-- anonymous callers and "user:<name>" for authenticated ones; state is Bucket4j's serialized
-- bucket. expires_at (epoch milliseconds) is when an idle bucket is full again and may be
-- deleted, which the webapp does in small batches.
CREATE TABLE rate_limit_bucket (
    id         text   PRIMARY KEY,
    state      bytea,
    expires_at bigint
);

CREATE INDEX rate_limit_bucket_expires_at ON rate_limit_bucket (expires_at);
