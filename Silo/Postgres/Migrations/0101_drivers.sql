-- The drivers read model, projected from the DriverUpdated stream: admin lists, portfolio statistics, rescoring pages.
CREATE TABLE drivers
(
    driver_id                text PRIMARY KEY,
    name                     text             NOT NULL,
    trip_count               integer          NOT NULL,
    total_miles              double precision NOT NULL,
    score                    double precision NOT NULL,
    category                 text             NOT NULL,
    expected_claim_frequency double precision NOT NULL,
    model_version            text             NOT NULL,
    traditional_premium      numeric(12, 2)   NOT NULL,
    telematics_premium       numeric(12, 2)   NOT NULL,
    discount_pct             double precision NOT NULL,
    updated_at               timestamptz      NOT NULL
);

CREATE INDEX drivers_score ON drivers (score);
CREATE INDEX drivers_category ON drivers (category);
