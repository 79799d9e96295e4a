-- Grain state compresses with LZ4 rather than PostgreSQL's default pglz: in a portfolio rescoring pglz_compress took 17 %
-- of PostgreSQL's CPU (perf; bench/results/portfolio-scale.md) for a driver's 11.6 KB of packed numbers, which LZ4
-- stores 3.6 % larger. States written before keep pglz until next written; both read. A server built without LZ4 keeps
-- pglz rather than failing the migration.
DO $$
BEGIN
    EXECUTE 'ALTER TABLE orleansstorage ALTER COLUMN payloadbinary SET COMPRESSION lz4';
EXCEPTION WHEN feature_not_supported OR syntax_error THEN
    RAISE NOTICE 'LZ4 is not available on this server: grain state stays compressed with pglz';
END
$$;
