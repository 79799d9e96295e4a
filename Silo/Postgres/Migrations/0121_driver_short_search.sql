-- A search shorter than a trigram matches the start of the id or the name (DriverQuery.SubstringSearchMinLength):
-- without these, the trigram index cannot serve it and it read every driver (1.8 s at a million).
-- text_pattern_ops: LIKE 'prefix%' becomes a range scan whatever the database's collation.
CREATE INDEX drivers_by_lower_id ON drivers (lower(driver_id) text_pattern_ops);
CREATE INDEX drivers_by_lower_name ON drivers (lower(name) text_pattern_ops);
