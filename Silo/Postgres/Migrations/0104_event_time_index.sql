-- Replaces the (vehicle_id, event_time) B-tree: every vehicle inserts into the middle of it, so it grew to ten times the
-- trip index (864 MB against 84 MB at 12.5 million events), and once it outgrew shared buffers each COPY waited on it
-- and the archive's acknowledgement tail grew run after run. Nothing reads by it (a trip reloads by trip_id). Rows arrive
-- in about event-time order, so a BRIN index keeps time-range scans (a vehicle's events around a claim) cheap at a
-- few pages per partition.
DROP INDEX IF EXISTS telematics_events_vehicle_time;
CREATE INDEX telematics_events_time ON telematics_events USING brin (event_time);
