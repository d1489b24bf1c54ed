-- The investment pool and the portfolio decision (issue 12). Per round: the pool's sources
-- (the investment pool, other pools, co-financing, funds) with their amounts per year; the ledger
-- of decisions (grants, disbursements, paybacks, conditional grants and their outcomes), which
-- stores decisions only (every total is computed by core, src/core/pool/ledger.ts); saved
-- scenarios; and decision snapshots that freeze a round. Amounts are whole kroner.

CREATE TABLE pool_sources (
  id              serial PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id),
  round_id        integer NOT NULL REFERENCES rounds(id),
  name            text NOT NULL,
  kind            text NOT NULL CHECK (kind IN ('investeringspulje', 'pulje', 'medfinansiering', 'fond')),
  -- year ("2026") → whole kroner, checked by core's schema (src/core/schema/pool.ts)
  amounts         jsonb NOT NULL DEFAULT '{}',
  created_at      timestamptz NOT NULL DEFAULT now(),
  UNIQUE (round_id, name)
);
CREATE INDEX pool_sources_round ON pool_sources(organisation_id, round_id);
-- One investment pool per round.
CREATE UNIQUE INDEX pool_sources_one_investment_pool ON pool_sources(round_id) WHERE kind = 'investeringspulje';

CREATE TABLE scenarios (
  id              serial PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id),
  round_id        integer NOT NULL REFERENCES rounds(id),
  name            text NOT NULL,
  -- the constraints as given and the result as computed (src/core/scenario), with the proposal
  -- versions it was computed from
  constraints     jsonb NOT NULL,
  result          jsonb NOT NULL,
  versions        jsonb NOT NULL,
  created_by      integer REFERENCES users(id),
  created_at      timestamptz NOT NULL DEFAULT now(),
  adopted_at      timestamptz,
  adopted_by      integer REFERENCES users(id)
);
CREATE INDEX scenarios_round ON scenarios(organisation_id, round_id);

CREATE TABLE pool_entries (
  id                 serial PRIMARY KEY,
  organisation_id    integer NOT NULL REFERENCES organisations(id),
  round_id           integer NOT NULL REFERENCES rounds(id),
  source_id          integer NOT NULL REFERENCES pool_sources(id),
  proposal_id        integer REFERENCES proposals(id),
  kind               text NOT NULL CHECK (kind IN ('bevilling', 'udbetaling', 'tilbagebetaling', 'betinget')),
  year               integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  amount             bigint NOT NULL CHECK (amount > 0),
  replaces_source_id integer REFERENCES pool_sources(id),
  expected_answer    date,
  outcome            text CHECK (outcome IN ('afventer', 'bevilget', 'afslaaet')),
  decided_at         timestamptz,
  decided_by         integer REFERENCES users(id),
  note               text,
  scenario_id        integer REFERENCES scenarios(id),
  created_by         integer REFERENCES users(id),
  created_at         timestamptz NOT NULL DEFAULT now(),
  voided_at          timestamptz,
  voided_by          integer REFERENCES users(id),
  void_reason        text,
  CHECK ((kind = 'betinget') = (outcome IS NOT NULL)),
  CHECK (kind = 'betinget' OR replaces_source_id IS NULL)
);
CREATE INDEX pool_entries_round ON pool_entries(organisation_id, round_id);

-- A decision is never rewritten: an entry may only be decided once (a pending conditional grant)
-- and voided once (with a reason); nothing else changes, and nothing is deleted.
CREATE FUNCTION pool_entries_decisions_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    RAISE EXCEPTION 'pool entries are never deleted';
  END IF;
  IF NEW.source_id <> OLD.source_id OR NEW.proposal_id IS DISTINCT FROM OLD.proposal_id OR NEW.kind <> OLD.kind
     OR NEW.year <> OLD.year OR NEW.amount <> OLD.amount OR NEW.replaces_source_id IS DISTINCT FROM OLD.replaces_source_id
     OR NEW.created_at <> OLD.created_at OR NEW.created_by IS DISTINCT FROM OLD.created_by
     OR NEW.round_id <> OLD.round_id OR NEW.organisation_id <> OLD.organisation_id
     OR (OLD.outcome IS DISTINCT FROM 'afventer' AND NEW.outcome IS DISTINCT FROM OLD.outcome)
     OR (OLD.voided_at IS NOT NULL AND NEW.voided_at IS DISTINCT FROM OLD.voided_at) THEN
    RAISE EXCEPTION 'pool entries record decisions: only a pending outcome may be decided, and an entry voided once';
  END IF;
  RETURN NEW;
END;
$$;
CREATE TRIGGER pool_entries_no_rewrite BEFORE UPDATE OR DELETE ON pool_entries
  FOR EACH ROW EXECUTE FUNCTION pool_entries_decisions_only();

CREATE TABLE round_snapshots (
  id              serial PRIMARY KEY,
  organisation_id integer NOT NULL REFERENCES organisations(id),
  round_id        integer NOT NULL REFERENCES rounds(id),
  point           text NOT NULL CHECK (point IN ('udvalg', 'oeu', 'budget', 'ofs', 'andet')),
  label           text NOT NULL,
  -- the round's name on the day (the exports' subtitle)
  round_name      text NOT NULL,
  taken_at        timestamptz NOT NULL DEFAULT now(),
  taken_by        integer REFERENCES users(id),
  -- the proposals with versions and figures, the pool's use, and the round's document as it was:
  -- kept as the exact JSON text (jsonb would reorder keys), so every export renders the same bytes
  proposals       jsonb NOT NULL,
  pool_use        jsonb NOT NULL,
  document        text NOT NULL
);
CREATE INDEX round_snapshots_round ON round_snapshots(organisation_id, round_id);

CREATE FUNCTION round_snapshots_frozen() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'snapshots are frozen';
END;
$$;
CREATE TRIGGER round_snapshots_no_change BEFORE UPDATE OR DELETE ON round_snapshots
  FOR EACH ROW EXECUTE FUNCTION round_snapshots_frozen();
