-- The admin queries at a million drivers: every one answered from an index (bench/results/admin-queries.md).
-- driver_id takes the "C" collation (ids are ASCII), so that the rescoring keyset and every tie-breaker compare and
-- order as the primary key does, and as the in-memory read model does (ordinally).
ALTER TABLE drivers ALTER COLUMN driver_id TYPE text COLLATE "C";

-- One index per sort, on (sort key, driver_id): the order of a page and its keyset comparison, in either direction.
-- Names sort in "C" as well; the column keeps the database's collation for case-insensitive search.
DROP INDEX drivers_score;
CREATE INDEX drivers_by_name ON drivers (name COLLATE "C", driver_id);
CREATE INDEX drivers_by_score ON drivers (score, driver_id);
CREATE INDEX drivers_by_trip_count ON drivers (trip_count, driver_id);
CREATE INDEX drivers_by_total_miles ON drivers (total_miles, driver_id);
CREATE INDEX drivers_by_telematics_premium ON drivers (telematics_premium, driver_id);
CREATE INDEX drivers_by_discount_pct ON drivers (discount_pct, driver_id);
CREATE INDEX drivers_by_updated_at ON drivers (updated_at, driver_id);

-- The category filter compares the stored name (no lower()), with driver_id after it for the default sort and the
-- rescoring keyset of one category.
DROP INDEX drivers_category;
CREATE INDEX drivers_by_category ON drivers (category, driver_id);
-- The category follows the score, so a category's page by score would walk every driver of the categories above it.
CREATE INDEX drivers_by_category_score ON drivers (category, score, driver_id);

-- Search is a case-insensitive substring of the id or the name: trigrams serve ILIKE '%…%'.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX drivers_search ON drivers USING gin (driver_id gin_trgm_ops, name gin_trgm_ops);
