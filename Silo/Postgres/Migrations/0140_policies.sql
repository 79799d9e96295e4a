-- Insurance policies, one row per term, and the full history of their telematics premiums (docs/policies.md).
-- Numbers and ids compare byte-wise ("C"), as the keyset paging and the in-memory store order them. The status stored
-- is Active, Renewed or Cancelled; an active policy past its term reads as expired.
CREATE TABLE policies
(
    number              text COLLATE "C" PRIMARY KEY,
    driver_id           text COLLATE "C" NOT NULL,
    vehicle_ids         text[]           NOT NULL,
    term_start          timestamptz      NOT NULL,
    term_end            timestamptz      NOT NULL,
    status              text             NOT NULL CHECK (status IN ('Active', 'Renewed', 'Cancelled')),
    traditional_premium numeric(12, 2)   NOT NULL,
    telematics_premium  numeric(12, 2)   NOT NULL,
    issued_at           timestamptz      NOT NULL,
    renewal_of          text COLLATE "C",
    renewed_as          text COLLATE "C",
    cancelled_at        timestamptz,
    CHECK (term_end > term_start)
);

-- A driver has at most one active policy: the one a repricing records its premium to, found by this index in one step.
CREATE UNIQUE INDEX policies_active_by_driver ON policies (driver_id) WHERE status = 'Active';

-- One index per sort, on (sort key, number), for the order of a page and its keyset comparison in either direction.
CREATE INDEX policies_by_driver ON policies (driver_id, number);
CREATE INDEX policies_by_status ON policies (status, number);
CREATE INDEX policies_by_term_start ON policies (term_start, number);
CREATE INDEX policies_by_term_end ON policies (term_end, number);
CREATE INDEX policies_by_telematics_premium ON policies (telematics_premium, number);
CREATE INDEX policies_by_traditional_premium ON policies (traditional_premium, number);

-- Every premium change of a policy, appended by the driver's repricing; a policy's page of it is newest first on the key.
CREATE TABLE policy_premiums
(
    number              text COLLATE "C" NOT NULL REFERENCES policies (number),
    at                  timestamptz      NOT NULL,
    seq                 bigint GENERATED ALWAYS AS IDENTITY,
    telematics_premium  numeric(12, 2)   NOT NULL,
    traditional_premium numeric(12, 2)   NOT NULL,
    discount_pct        float8           NOT NULL,
    model_version       text             NOT NULL,
    reason              text             NOT NULL,
    PRIMARY KEY (number, at, seq)
);
