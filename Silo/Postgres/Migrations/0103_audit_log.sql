-- Operators' changes (registrations, model switches, rescoring jobs), append-only.
CREATE TABLE audit_log
(
    id     bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    at     timestamptz NOT NULL,
    actor  text        NOT NULL,
    action text        NOT NULL,
    target text        NOT NULL,
    status integer     NOT NULL
);
