-- The raw event archive: every accepted event, range-partitioned by month of event time.
-- Rows are written by COPY in group commits; a trip reloads its events by trip_id after its silo was lost.
-- Duplicates are dropped by the trip before archiving, so there is no unique key to check on every COPY.
CREATE TABLE telematics_events
(
    vehicle_id      text             NOT NULL,
    trip_id         text             NOT NULL,
    event_time      timestamptz      NOT NULL,
    received_at     timestamptz      NOT NULL DEFAULT now(),
    latitude        double precision NOT NULL,
    longitude       double precision NOT NULL,
    speed_mps       real             NOT NULL,
    heading_deg     real             NOT NULL,
    accel_long_mps2 real             NOT NULL,
    accel_lat_mps2  real             NOT NULL,
    accuracy_m      real,
    ignition        boolean,
    event_id        text,
    speed_limit_mps real,
    phone_in_use    boolean
) PARTITION BY RANGE (event_time);

-- Catches events outside the monthly partitions (late history, far past), so an insert never fails for want of one.
CREATE TABLE telematics_events_default PARTITION OF telematics_events DEFAULT;

CREATE INDEX telematics_events_vehicle_time ON telematics_events (vehicle_id, event_time);
CREATE INDEX telematics_events_trip ON telematics_events (trip_id);

-- Creates the monthly partitions from the current month up to months_ahead months on; returns those it created.
CREATE FUNCTION telematics_create_event_partitions(months_ahead integer) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    month_start timestamptz;
    partition_name text;
BEGIN
    FOR i IN 0..months_ahead LOOP
        month_start := date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + make_interval(months => i);
        partition_name := 'telematics_events_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
        IF to_regclass(partition_name) IS NULL THEN
            EXECUTE format('CREATE TABLE %I PARTITION OF telematics_events FOR VALUES FROM (%L) TO (%L)',
                partition_name, month_start, month_start + interval '1 month');
            RETURN NEXT partition_name;
        END IF;
    END LOOP;
END
$$;

SELECT telematics_create_event_partitions(3);
