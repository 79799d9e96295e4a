-- Device attributes that have no column of their own (Teltonika IO elements, OsmAnd free parameters), as JSON.
ALTER TABLE telematics_events ADD COLUMN attributes jsonb;
