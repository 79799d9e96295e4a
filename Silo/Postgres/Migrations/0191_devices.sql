-- The devices read model: registrations in device id order across the registry's shards, with the vehicle's driver and
-- the last contact the listeners wrote down (a batch every half minute, never a write per packet).
CREATE TABLE devices
(
    device_id     text COLLATE "C" PRIMARY KEY,
    protocol      text             NOT NULL,
    vehicle_id    text COLLATE "C" NOT NULL,
    driver_id     text COLLATE "C" NOT NULL,
    registered_at timestamptz      NOT NULL,
    last_seen_at  timestamptz
);

-- A driver's devices and a vehicle's, each page in device id order.
CREATE INDEX devices_by_driver ON devices (driver_id, device_id);
CREATE INDEX devices_by_vehicle ON devices (vehicle_id, device_id);
