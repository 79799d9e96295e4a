-- Completed trips' summaries, by driver: the trip history a driver's grain state no longer holds (it keeps sums per
-- period). Range-partitioned by month of start time like the event archive; the primary key is the index a driver's
-- pages walk, newest first, and what makes storing a trip twice a no-op. Ids compare byte-wise ("C"), as the keyset does.
CREATE TABLE telematics_trips
(
    driver_id  text COLLATE "C" NOT NULL,
    started_at timestamptz      NOT NULL,
    trip_id    text COLLATE "C" NOT NULL,
    vehicle_id text             NOT NULL,
    ended_at   timestamptz      NOT NULL,
    distance_m float8           NOT NULL,
    -- The whole TripSummary in Orleans' binary format, as grain state is stored: about 300 bytes against a column per feature.
    summary    bytea            NOT NULL,
    PRIMARY KEY (driver_id, started_at, trip_id)
) PARTITION BY RANGE (started_at);

-- Catches trips outside the monthly partitions (a history loaded from the far past), so an insert never fails for want of one.
CREATE TABLE telematics_trips_default PARTITION OF telematics_trips DEFAULT;

-- Creates the monthly partitions from the current month up to months_ahead months on; returns those it created.
CREATE FUNCTION telematics_create_trip_partitions(months_ahead integer) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    month record;
BEGIN
    FOR month IN
        SELECT m AS first_day, 'telematics_trips_' || to_char(m AT TIME ZONE 'UTC', 'YYYY_MM') AS name
        FROM generate_series(0, months_ahead) AS i,
             LATERAL (SELECT date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + make_interval(months => i) AS m) AS months
    LOOP
        CONTINUE WHEN to_regclass(month.name) IS NOT NULL;
        EXECUTE format('CREATE TABLE %I PARTITION OF telematics_trips FOR VALUES FROM (%L) TO (%L)', month.name, month.first_day, month.first_day + interval '1 month');
        RETURN NEXT month.name;
    END LOOP;
END
$$;

SELECT telematics_create_trip_partitions(3);
