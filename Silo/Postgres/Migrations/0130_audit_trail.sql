-- The audit trail, a SHA-256 hash chain (Grains/Audit/AuditChain.cs). The sequence is the writer's, under an advisory
-- lock, not an identity: a rolled-back append leaves no gap that verification would take for a removed entry.
-- audit_log (0103) keeps the unchained entries written before this table existed; nothing writes to it any more.
CREATE TABLE audit_trail
(
    sequence       bigint      PRIMARY KEY,
    at             timestamptz NOT NULL,
    actor          text        NOT NULL,
    role           text        NOT NULL,
    client_address text        NOT NULL,
    request_id     text        NOT NULL,
    action         text        NOT NULL,
    resource_type  text        NOT NULL,
    resource_id    text        NOT NULL,
    before_summary text,
    after_summary  text,
    outcome        integer     NOT NULL,
    previous_hash  text        NOT NULL,
    hash           text        NOT NULL
);

CREATE INDEX audit_trail_actor ON audit_trail (actor, sequence);
CREATE INDEX audit_trail_action ON audit_trail (action, sequence);
CREATE INDEX audit_trail_resource ON audit_trail (resource_type, resource_id, sequence);
CREATE INDEX audit_trail_at ON audit_trail (at);

-- Append-only for whoever the application connects as, owner included: only a superuser or the owner disabling the
-- trigger on purpose (ALTER TABLE ... DISABLE TRIGGER) gets past it, and verification then finds what they changed.
CREATE FUNCTION audit_trail_refuse_change() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    RAISE EXCEPTION 'audit_trail is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END
$$;

CREATE TRIGGER audit_trail_append_only
    BEFORE UPDATE OR DELETE ON audit_trail
    FOR EACH ROW EXECUTE FUNCTION audit_trail_refuse_change();

CREATE TRIGGER audit_trail_no_truncate
    BEFORE TRUNCATE ON audit_trail
    FOR EACH STATEMENT EXECUTE FUNCTION audit_trail_refuse_change();
