-- The dashboard's figures, kept as the drivers table changes, so that reading them costs a few hundred rows at any
-- portfolio size: summing a million drivers took 662 ms (bench/results/admin-queries.md).
-- Each statement adds the change of its rows, grouped, to one slot's rows; concurrent writers land on different slots
-- (by backend), so they do not queue on one row lock. A reader sums the slots.
CREATE TABLE portfolio_totals
(
    slot                smallint         NOT NULL,
    score_band          smallint         NOT NULL,
    category            text             NOT NULL,
    drivers             bigint           NOT NULL,
    trips               bigint           NOT NULL,
    total_miles         double precision NOT NULL,
    score_sum           double precision NOT NULL,
    frequency_sum       double precision NOT NULL,
    traditional_premium numeric          NOT NULL,
    telematics_premium  numeric          NOT NULL,
    discount_pct_sum    double precision NOT NULL,
    PRIMARY KEY (slot, score_band, category)
);

-- Trips per UTC day: the rise of the drivers' trip counts on the day of the update that carried it.
CREATE TABLE portfolio_trips_by_day
(
    day   date     NOT NULL,
    slot  smallint NOT NULL,
    trips bigint   NOT NULL,
    PRIMARY KEY (day, slot)
);

-- As ScoreBands.Of: band 0 is [0, 10), ..., band 9 is [90, 100].
CREATE FUNCTION portfolio_score_band(score double precision) RETURNS smallint
    LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$ SELECT least(9, greatest(0, trunc(score / 10)))::smallint $$;

-- Adds one cell's change to its row.
CREATE FUNCTION portfolio_add(delta portfolio_totals) RETURNS void LANGUAGE sql AS
$$
INSERT INTO portfolio_totals AS t SELECT (delta).*
ON CONFLICT (slot, score_band, category) DO UPDATE SET
    drivers = t.drivers + excluded.drivers, trips = t.trips + excluded.trips, total_miles = t.total_miles + excluded.total_miles,
    score_sum = t.score_sum + excluded.score_sum, frequency_sum = t.frequency_sum + excluded.frequency_sum,
    traditional_premium = t.traditional_premium + excluded.traditional_premium,
    telematics_premium = t.telematics_premium + excluded.telematics_premium, discount_pct_sum = t.discount_pct_sum + excluded.discount_pct_sum
$$;

-- Rows leaving (old versions of updated rows, deleted rows) count negatively, rows arriving positively. The transition
-- tables an event lacks are never named on its branch: PL/pgSQL plans a statement only when it first runs it.
CREATE FUNCTION portfolio_follow_drivers() RETURNS trigger LANGUAGE plpgsql AS
$$
DECLARE
    writer smallint := pg_backend_pid() % 16;
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') THEN
        PERFORM portfolio_add(ROW(writer, portfolio_score_band(score), category, -count(*), -sum(trip_count), -sum(total_miles), -sum(score),
            -sum(expected_claim_frequency), -sum(traditional_premium), -sum(telematics_premium), -sum(discount_pct))::portfolio_totals)
        FROM removed GROUP BY portfolio_score_band(score), category;
    END IF;

    IF TG_OP IN ('INSERT', 'UPDATE') THEN
        PERFORM portfolio_add(ROW(writer, portfolio_score_band(score), category, count(*), sum(trip_count), sum(total_miles), sum(score),
            sum(expected_claim_frequency), sum(traditional_premium), sum(telematics_premium), sum(discount_pct))::portfolio_totals)
        FROM added GROUP BY portfolio_score_band(score), category;
    END IF;

    -- A new driver's trips count on the day it arrives; an update's, by how much it raised the count.
    IF TG_OP = 'INSERT' THEN
        INSERT INTO portfolio_trips_by_day AS d
        SELECT (updated_at AT TIME ZONE 'UTC')::date, writer, sum(trip_count) FROM added GROUP BY 1 HAVING sum(trip_count) > 0
        ON CONFLICT (day, slot) DO UPDATE SET trips = d.trips + excluded.trips;
    ELSIF TG_OP = 'UPDATE' THEN
        INSERT INTO portfolio_trips_by_day AS d
        SELECT (a.updated_at AT TIME ZONE 'UTC')::date, writer, sum(a.trip_count - r.trip_count)
        FROM added a JOIN removed r USING (driver_id) WHERE a.trip_count > r.trip_count GROUP BY 1
        ON CONFLICT (day, slot) DO UPDATE SET trips = d.trips + excluded.trips;
    END IF;

    RETURN NULL;
END
$$;

CREATE FUNCTION portfolio_forget_drivers() RETURNS trigger LANGUAGE plpgsql AS
$$
BEGIN
    TRUNCATE portfolio_totals;
    RETURN NULL;
END
$$;

CREATE TRIGGER drivers_inserted AFTER INSERT ON drivers REFERENCING NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION portfolio_follow_drivers();
CREATE TRIGGER drivers_updated AFTER UPDATE ON drivers REFERENCING OLD TABLE AS removed NEW TABLE AS added
    FOR EACH STATEMENT EXECUTE FUNCTION portfolio_follow_drivers();
CREATE TRIGGER drivers_deleted AFTER DELETE ON drivers REFERENCING OLD TABLE AS removed
    FOR EACH STATEMENT EXECUTE FUNCTION portfolio_follow_drivers();
CREATE TRIGGER drivers_truncated AFTER TRUNCATE ON drivers
    FOR EACH STATEMENT EXECUTE FUNCTION portfolio_forget_drivers();

-- The drivers already there; their trips' days are not known.
INSERT INTO portfolio_totals
SELECT 0, portfolio_score_band(score), category, count(*), sum(trip_count), sum(total_miles), sum(score), sum(expected_claim_frequency),
       sum(traditional_premium), sum(telematics_premium), sum(discount_pct)
FROM drivers GROUP BY 2, 3;
