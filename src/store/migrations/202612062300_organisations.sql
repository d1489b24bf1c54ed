-- Organisations: everything a municipality owns hangs under one (users, rounds, master data, the
-- p/l index, settings). Every row that existed before belongs to the first organisation,
-- Copenhagen. Proposals carry their round's organisation so every query can be scoped by one
-- indexed column; it never changes (a proposal does not move between rounds).
-- Versions also say whether they were imported (carry the document's printed figures) or
-- authored in Gevinst.

CREATE TABLE organisations (
  id         serial PRIMARY KEY,
  slug       text NOT NULL UNIQUE CHECK (slug ~ '^[a-z0-9-]{1,50}$'),
  name       text NOT NULL,
  -- src/core/process/organisation.ts organisationSettingsSchema; defaults fill what is absent
  settings   jsonb NOT NULL DEFAULT '{}',
  created_at timestamptz NOT NULL DEFAULT now()
);
INSERT INTO organisations (id, slug, name) VALUES (1, 'kk', 'Københavns Kommune');
SELECT setval(pg_get_serial_sequence('organisations', 'id'), 1);

ALTER TABLE users ADD COLUMN organisation_id integer REFERENCES organisations(id);
UPDATE users SET organisation_id = 1;
ALTER TABLE users ALTER COLUMN organisation_id SET NOT NULL;
CREATE INDEX users_organisation ON users(organisation_id);

ALTER TABLE rounds ADD COLUMN organisation_id integer REFERENCES organisations(id);
UPDATE rounds SET organisation_id = 1;
ALTER TABLE rounds ALTER COLUMN organisation_id SET NOT NULL;
ALTER TABLE rounds DROP CONSTRAINT rounds_name_key;
ALTER TABLE rounds ADD CONSTRAINT rounds_organisation_name_key UNIQUE (organisation_id, name);

ALTER TABLE proposals ADD COLUMN organisation_id integer REFERENCES organisations(id);
UPDATE proposals p SET organisation_id = r.organisation_id FROM rounds r WHERE r.id = p.round_id;
ALTER TABLE proposals ALTER COLUMN organisation_id SET NOT NULL;
CREATE INDEX proposals_organisation ON proposals(organisation_id, round_id);

-- Master data: one document per organisation instead of one for the installation.
CREATE TABLE organisation_master_data (
  organisation_id integer PRIMARY KEY REFERENCES organisations(id),
  doc             jsonb NOT NULL,
  updated_at      timestamptz NOT NULL DEFAULT now()
);
INSERT INTO organisation_master_data (organisation_id, doc, updated_at)
  SELECT 1, doc, updated_at FROM master_data WHERE id = 1;
DROP TABLE master_data;

-- The p/l index per organisation.
ALTER TABLE price_index ADD COLUMN organisation_id integer REFERENCES organisations(id);
UPDATE price_index SET organisation_id = 1;
ALTER TABLE price_index ALTER COLUMN organisation_id SET NOT NULL;
ALTER TABLE price_index DROP CONSTRAINT price_index_pkey;
ALTER TABLE price_index ADD PRIMARY KEY (organisation_id, year);

ALTER TABLE audit_log ADD COLUMN organisation_id integer REFERENCES organisations(id);
CREATE INDEX audit_organisation ON audit_log(organisation_id, id);

ALTER TABLE proposal_versions ADD COLUMN origin text NOT NULL DEFAULT 'authored'
  CHECK (origin IN ('imported', 'authored'));
UPDATE proposal_versions v SET origin = 'imported'
  FROM proposals p WHERE p.id = v.proposal_id AND p.import_id IS NOT NULL AND v.version = 1;

-- A version's origin is part of its content: immutable like the rest.
CREATE OR REPLACE FUNCTION proposal_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'proposal versions are immutable';
  END IF;
  IF NEW.body IS DISTINCT FROM OLD.body OR NEW.version <> OLD.version OR NEW.proposal_id <> OLD.proposal_id
     OR NEW.author_id IS DISTINCT FROM OLD.author_id OR NEW.created_at <> OLD.created_at
     OR NEW.note IS DISTINCT FROM OLD.note OR NEW.origin <> OLD.origin THEN
    RAISE EXCEPTION 'proposal versions are immutable';
  END IF;
  RETURN NEW;
END;
$$;
