-- A round's deadlines (frister): what is due when, e.g. "Frist for indsendelse til Center for
-- Økonomi", "Udvalgsbehandling", "Vedtagelse i Borgerrepræsentationen". A list of {label, date}
-- in the shape of src/core/schema/api.ts roundDeadlineSchema, shown on the round and set by the
-- finance centre.
ALTER TABLE rounds ADD COLUMN deadlines jsonb NOT NULL DEFAULT '[]';
