-- The archive keeps one row per archived append (a trip's batch of events, one array per column) instead of one row
-- per event. Each event row cost PostgreSQL a heap tuple, a trip_id index entry and their WAL: at 100,000 events/s
-- that was more CPU than the 2-core machine had beside the silo (pg_stat_statements: 50 s of COPY in a 25 s run).
-- A batch row costs that once per append, and a trip reloads its few rows through the same index.
-- telematics_events stays as a view with one row per event, for every query written against events.
CREATE TABLE telematics_event_batches
(
    vehicle_id       text          NOT NULL,
    trip_id          text          NOT NULL,
    first_event_time timestamptz   NOT NULL,
    last_event_time  timestamptz   NOT NULL,
    received_at      timestamptz   NOT NULL DEFAULT now(),
    event_time       timestamptz[] NOT NULL,
    latitude         float8[]      NOT NULL,
    longitude        float8[]      NOT NULL,
    speed_mps        real[]        NOT NULL,
    heading_deg      real[]        NOT NULL,
    accel_long_mps2  real[]        NOT NULL,
    accel_lat_mps2   real[]        NOT NULL,
    accuracy_m       real[]        NOT NULL,
    ignition         boolean[]     NOT NULL,
    event_id         text[]        NOT NULL,
    speed_limit_mps  real[]        NOT NULL,
    phone_in_use     boolean[]     NOT NULL,
    attributes       jsonb[]       NOT NULL
) PARTITION BY RANGE (first_event_time);

CREATE TABLE telematics_event_batches_default PARTITION OF telematics_event_batches DEFAULT;

-- Out of line without compression: numbers barely compress (99 MB either way for 2.5 million events) and compressing
-- them doubled the insert time. Monthly partitions created later take it from the table.
ALTER TABLE telematics_event_batches
    ALTER COLUMN event_time SET STORAGE EXTERNAL, ALTER COLUMN latitude SET STORAGE EXTERNAL, ALTER COLUMN longitude SET STORAGE EXTERNAL,
    ALTER COLUMN speed_mps SET STORAGE EXTERNAL, ALTER COLUMN heading_deg SET STORAGE EXTERNAL, ALTER COLUMN accel_long_mps2 SET STORAGE EXTERNAL,
    ALTER COLUMN accel_lat_mps2 SET STORAGE EXTERNAL, ALTER COLUMN accuracy_m SET STORAGE EXTERNAL, ALTER COLUMN speed_limit_mps SET STORAGE EXTERNAL;

-- No planner statistics on the event arrays: nothing filters on their elements, and autovacuum's ANALYZE hashed every
-- element of its sample (a quarter of PostgreSQL's CPU under load went to it). Partitions created later do not take
-- statistics targets from the table: the function below copies them.
ALTER TABLE telematics_event_batches
    ALTER COLUMN event_time SET STATISTICS 0, ALTER COLUMN latitude SET STATISTICS 0, ALTER COLUMN longitude SET STATISTICS 0,
    ALTER COLUMN speed_mps SET STATISTICS 0, ALTER COLUMN heading_deg SET STATISTICS 0, ALTER COLUMN accel_long_mps2 SET STATISTICS 0,
    ALTER COLUMN accel_lat_mps2 SET STATISTICS 0, ALTER COLUMN accuracy_m SET STATISTICS 0, ALTER COLUMN ignition SET STATISTICS 0,
    ALTER COLUMN event_id SET STATISTICS 0, ALTER COLUMN speed_limit_mps SET STATISTICS 0, ALTER COLUMN phone_in_use SET STATISTICS 0,
    ALTER COLUMN attributes SET STATISTICS 0;

CREATE INDEX telematics_event_batches_trip ON telematics_event_batches (trip_id);
CREATE INDEX telematics_event_batches_time ON telematics_event_batches USING brin (first_event_time);

CREATE OR REPLACE FUNCTION telematics_create_event_partitions(months_ahead integer) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    month_start timestamptz;
    partition_name text;
    column_name name;
BEGIN
    FOR i IN 0..months_ahead LOOP
        month_start := date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + make_interval(months => i);
        partition_name := 'telematics_event_batches_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
        IF to_regclass(partition_name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF telematics_event_batches FOR VALUES FROM (%L) TO (%L)',
                partition_name, month_start, month_start + interval '1 month');
            FOR column_name IN SELECT attname FROM pg_attribute WHERE attrelid = 'telematics_event_batches'::regclass AND attnum > 0 AND attstattarget = 0 LOOP
                EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET STATISTICS 0', partition_name, column_name);
            END LOOP;
            RETURN NEXT partition_name;
        END IF;
    END LOOP;
END
$$;

SELECT telematics_create_event_partitions(3);

-- Events archived before this migration become one batch per trip.
INSERT INTO telematics_event_batches
SELECT vehicle_id, trip_id, min(event_time), max(event_time), min(received_at),
       array_agg(event_time ORDER BY event_time), array_agg(latitude ORDER BY event_time), array_agg(longitude ORDER BY event_time),
       array_agg(speed_mps ORDER BY event_time), array_agg(heading_deg ORDER BY event_time), array_agg(accel_long_mps2 ORDER BY event_time),
       array_agg(accel_lat_mps2 ORDER BY event_time), array_agg(accuracy_m ORDER BY event_time), array_agg(ignition ORDER BY event_time),
       array_agg(event_id ORDER BY event_time), array_agg(speed_limit_mps ORDER BY event_time), array_agg(phone_in_use ORDER BY event_time),
       array_agg(attributes ORDER BY event_time)
FROM telematics_events
GROUP BY vehicle_id, trip_id;

DROP TABLE telematics_events;

CREATE VIEW telematics_events AS
SELECT b.vehicle_id, b.trip_id, e.event_time, b.received_at, e.latitude, e.longitude, e.speed_mps, e.heading_deg, e.accel_long_mps2,
       e.accel_lat_mps2, e.accuracy_m, e.ignition, e.event_id, e.speed_limit_mps, e.phone_in_use, e.attributes
FROM telematics_event_batches b
CROSS JOIN LATERAL unnest(b.event_time, b.latitude, b.longitude, b.speed_mps, b.heading_deg, b.accel_long_mps2, b.accel_lat_mps2,
                          b.accuracy_m, b.ignition, b.event_id, b.speed_limit_mps, b.phone_in_use, b.attributes)
    AS e(event_time, latitude, longitude, speed_mps, heading_deg, accel_long_mps2, accel_lat_mps2, accuracy_m, ignition, event_id,
         speed_limit_mps, phone_in_use, attributes);
