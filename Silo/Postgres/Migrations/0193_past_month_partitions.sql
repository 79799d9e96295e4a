-- Rows of past months land in a table's default partition: a converted driver's year of trips, a device flushing months
-- of offline storage. There they defeat partition pruning and outlive retention, which detaches whole months. Partition
-- maintenance now moves them into partitions of their own months, made as the months ahead are.

-- One month's partition of each table, from the month's first instant (UTC); null when a table by its name exists
-- (attached, or detached by retention).
CREATE FUNCTION telematics_create_event_partition(month_start timestamptz) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := 'telematics_event_batches_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
    column_name name;
BEGIN
    IF to_regclass(partition_name) IS NOT NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('CREATE TABLE %I PARTITION OF telematics_event_batches FOR VALUES FROM (%L) TO (%L)',
        partition_name, month_start, month_start + interval '1 month');
    FOR column_name IN SELECT attname FROM pg_attribute WHERE attrelid = 'telematics_event_batches'::regclass AND attnum > 0 AND attstattarget = 0 LOOP
        EXECUTE format('ALTER TABLE %I ALTER COLUMN %I SET STATISTICS 0', partition_name, column_name);
    END LOOP;
    RETURN partition_name;
END
$$;

CREATE FUNCTION telematics_create_trip_partition(month_start timestamptz) RETURNS text
LANGUAGE plpgsql AS $$
DECLARE
    partition_name text := 'telematics_trips_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
BEGIN
    IF to_regclass(partition_name) IS NOT NULL THEN
        RETURN NULL;
    END IF;
    EXECUTE format('CREATE TABLE %I PARTITION OF telematics_trips FOR VALUES FROM (%L) TO (%L)',
        partition_name, month_start, month_start + interval '1 month');
    RETURN partition_name;
END
$$;

-- The months ahead, for either table, through the functions above.
DROP FUNCTION telematics_create_event_partitions(integer);
DROP FUNCTION telematics_create_trip_partitions(integer);

CREATE FUNCTION telematics_create_partitions_ahead(create_partition regproc, months_ahead integer) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    created text;
BEGIN
    FOR i IN 0..months_ahead LOOP
        EXECUTE format('SELECT %s($1)', create_partition)
            INTO created USING date_trunc('month', now() AT TIME ZONE 'UTC') AT TIME ZONE 'UTC' + make_interval(months => i);
        IF created IS NOT NULL THEN
            RETURN NEXT created;
        END IF;
    END LOOP;
END
$$;

-- Moves the rows of parent's default partition into partitions of their months (made by create_partition, named
-- parent_YYYY_MM) and returns those it created. Rows of a month whose partition was detached stay in the default
-- partition: that month is archived, and a table of its name exists. The default partition is detached meanwhile, which
-- holds off writes to parent until the transaction ends; a default partition holds little once this has run.
CREATE FUNCTION telematics_split_default_partition(parent regclass, key_column name, create_partition regproc) RETURNS SETOF text
LANGUAGE plpgsql AS $$
DECLARE
    default_partition text := parent::text || '_default';
    month_start timestamptz;
    partition_name text;
    moved timestamptz[] := '{}';
    has_rows boolean;
BEGIN
    EXECUTE format('SELECT EXISTS (SELECT FROM %I)', default_partition) INTO has_rows;
    IF NOT has_rows THEN
        RETURN;
    END IF;

    EXECUTE format('ALTER TABLE %s DETACH PARTITION %I', parent, default_partition);
    FOR month_start IN EXECUTE format(
        'SELECT DISTINCT date_trunc(''month'', %I AT TIME ZONE ''UTC'') AT TIME ZONE ''UTC'' FROM %I', key_column, default_partition)
    LOOP
        partition_name := parent::text || '_' || to_char(month_start AT TIME ZONE 'UTC', 'YYYY_MM');
        IF to_regclass(partition_name) IS NULL THEN
            EXECUTE format('SELECT %s($1)', create_partition) USING month_start;
            RETURN NEXT partition_name;
        END IF;
        IF EXISTS (SELECT FROM pg_inherits WHERE inhparent = parent AND inhrelid = to_regclass(partition_name)) THEN
            moved := moved || month_start;
        END IF;
    END LOOP;

    EXECUTE format(
        'WITH moved AS (DELETE FROM %I WHERE date_trunc(''month'', %I AT TIME ZONE ''UTC'') AT TIME ZONE ''UTC'' = ANY ($1) RETURNING *) '
        || 'INSERT INTO %s SELECT * FROM moved', default_partition, key_column, parent) USING moved;
    EXECUTE format('ALTER TABLE %s ATTACH PARTITION %I DEFAULT', parent, default_partition);
END
$$;
