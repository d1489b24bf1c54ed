-- Gevinst schema, first version. Amounts are whole kroner (bigint); a blank amount is NULL.
-- A proposal's body is JSONB in the shape of src/core/model.ts `Proposal`; the columns beside it
-- are the ones queries filter and sort on, copied from the body at every save.

CREATE TABLE users (
  id            serial PRIMARY KEY,
  email         text NOT NULL UNIQUE,
  name          text,
  role          text NOT NULL CHECK (role IN ('admin', 'oekonomi', 'forfatter', 'laeser')),
  administration text,
  password_hash text,
  oidc_subject  text UNIQUE,
  created_at    timestamptz NOT NULL DEFAULT now(),
  CHECK (role <> 'forfatter' OR administration IS NOT NULL)
);

CREATE TABLE sessions (
  -- SHA-256 of the cookie token: a stolen database does not yield live sessions.
  id          text PRIMARY KEY,
  user_id     integer NOT NULL REFERENCES users(id) ON DELETE CASCADE,
  csrf_token  text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  expires_at  timestamptz NOT NULL
);
CREATE INDEX sessions_user ON sessions(user_id);

-- Stamdata as one document in the shape of src/core/data/master-data.json (committees,
-- administrations with their committee, spelling variants), edited as a whole by an admin.
CREATE TABLE master_data (
  id         integer PRIMARY KEY CHECK (id = 1),
  doc        jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE price_index (
  year  integer PRIMARY KEY,
  -- index point (src/core/data/price-index.json: 2024 = 100, 2025 = 104.8); numeric, never a float
  index numeric(14, 6) NOT NULL CHECK (index > 0)
);

CREATE TABLE rounds (
  id               serial PRIMARY KEY,
  name             text NOT NULL UNIQUE,
  kind             text NOT NULL CHECK (kind IN ('budget', 'ofs')),
  year             integer NOT NULL,
  price_level_year integer,
  published        boolean NOT NULL DEFAULT false,
  -- bumped by every change to the round's proposals: cache key for the live catalog
  revision         bigint NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL DEFAULT now()
);

-- Måltal: the efficiency target per committee and year (positive = saving required).
CREATE TABLE round_targets (
  round_id  integer NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  committee text NOT NULL,
  year      integer NOT NULL,
  amount    bigint NOT NULL,
  PRIMARY KEY (round_id, committee, year)
);

-- Stigende profiler: savings from earlier rounds that keep rising and count against the target.
CREATE TABLE rising_profiles (
  id        serial PRIMARY KEY,
  round_id  integer NOT NULL REFERENCES rounds(id) ON DELETE CASCADE,
  committee text NOT NULL,
  title     text NOT NULL,
  amounts   jsonb NOT NULL
);

CREATE TABLE imports (
  id         serial PRIMARY KEY,
  round_id   integer NOT NULL REFERENCES rounds(id),
  file_name  text,
  sha256     text NOT NULL,
  user_id    integer REFERENCES users(id),
  proposals  integer NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE proposals (
  id              serial PRIMARY KEY,
  round_id        integer NOT NULL REFERENCES rounds(id),
  ref             text NOT NULL,
  title           text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('investering', 'effektivisering', 'foranalyse')),
  administration  text,
  committee       text,
  status          text NOT NULL DEFAULT 'kladde' CHECK (status IN ('kladde', 'indsendt', 'godkendt_cfoe',
                    'udvalgsgodkendt', 'vedtaget', 'udmoentet', 'opfoelgning_afsluttet', 'afvist', 'trukket_tilbage')),
  approved_with   text,
  current_version integer NOT NULL,
  import_id       integer REFERENCES imports(id),
  search_text     text NOT NULL DEFAULT '',
  search          tsvector GENERATED ALWAYS AS (to_tsvector('danish'::regconfig, search_text)) STORED,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (round_id, ref)
);
CREATE INDEX proposals_round ON proposals(round_id, status);
CREATE INDEX proposals_search ON proposals USING gin(search);

-- Immutable versions: rows are only ever inserted; exactly one per proposal is current.
CREATE TABLE proposal_versions (
  proposal_id integer NOT NULL REFERENCES proposals(id),
  version     integer NOT NULL CHECK (version >= 1),
  body        jsonb NOT NULL,
  author_id   integer REFERENCES users(id),
  note        text,
  is_current  boolean NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (proposal_id, version)
);
CREATE UNIQUE INDEX proposal_versions_one_current ON proposal_versions(proposal_id) WHERE is_current;

CREATE TABLE transitions (
  id            serial PRIMARY KEY,
  proposal_id   integer NOT NULL REFERENCES proposals(id),
  from_status   text NOT NULL,
  to_status     text NOT NULL,
  version       integer NOT NULL,
  user_id       integer REFERENCES users(id),
  note          text,
  approved_with text,
  at            timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX transitions_proposal ON transitions(proposal_id);

-- Høringer and approvals (CFØ, IT-kredsen, HR-kredsen, MED-udvalg …) recorded in Gevinst.
CREATE TABLE consultations (
  id          serial PRIMARY KEY,
  proposal_id integer NOT NULL REFERENCES proposals(id),
  body        text NOT NULL,
  answer      text CHECK (answer IN ('ja', 'nej')),
  date        date,
  text        text,
  user_id     integer REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX consultations_proposal ON consultations(proposal_id);

CREATE TABLE comments (
  id          serial PRIMARY KEY,
  proposal_id integer NOT NULL REFERENCES proposals(id),
  version     integer NOT NULL,
  user_id     integer REFERENCES users(id),
  text        text NOT NULL,
  created_at  timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX comments_proposal ON comments(proposal_id);

-- Opfølgning: planned against realised effect per year (kroner, proposal signs; NULL = not stated).
CREATE TABLE follow_up (
  proposal_id integer NOT NULL REFERENCES proposals(id),
  year        integer NOT NULL,
  planned     bigint,
  realised    bigint,
  note        text,
  user_id     integer REFERENCES users(id),
  updated_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (proposal_id, year)
);

-- Append-only: who did what when, with the state before and after.
CREATE TABLE audit_log (
  id        bigserial PRIMARY KEY,
  at        timestamptz NOT NULL DEFAULT now(),
  user_id   integer REFERENCES users(id),
  action    text NOT NULL,
  entity    text NOT NULL,
  entity_id text,
  before    jsonb,
  after     jsonb
);
CREATE INDEX audit_entity ON audit_log(entity, entity_id);

CREATE FUNCTION audit_log_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'audit_log is append-only';
END;
$$;
CREATE TRIGGER audit_log_no_change BEFORE UPDATE OR DELETE ON audit_log
  FOR EACH ROW EXECUTE FUNCTION audit_log_append_only();

CREATE FUNCTION proposal_versions_immutable() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'proposal versions are immutable';
  END IF;
  -- Only the "current" mark may move; the content of a version never changes.
  IF NEW.body IS DISTINCT FROM OLD.body OR NEW.version <> OLD.version OR NEW.proposal_id <> OLD.proposal_id
     OR NEW.author_id IS DISTINCT FROM OLD.author_id OR NEW.created_at <> OLD.created_at
     OR NEW.note IS DISTINCT FROM OLD.note THEN
    RAISE EXCEPTION 'proposal versions are immutable';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER proposal_versions_no_change BEFORE UPDATE OR DELETE ON proposal_versions
  FOR EACH ROW EXECUTE FUNCTION proposal_versions_immutable();
