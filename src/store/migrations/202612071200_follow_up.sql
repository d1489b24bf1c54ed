-- Follow-up of adopted proposals (gevinstrealisering, issue 13). The plan is no longer stored: it is
-- the approved version's economy as the engine derives it (src/core/follow-up/plan.ts). What is
-- stored is what people enter, append-only, so every figure's history is kept:
--   realisation_versions        one row per save of a proposal's realised figures (who, when)
--   realisation_entries         the cells a save set or cleared: year, section, budget area, line
--   realisation_notes           a year's note as of a save
--   realisation_confirmations   the finance centre confirms a year's figures as of a version
--   follow_up_target_schedules  a due date / recurrence set for a target (else read from "when")
--   follow_up_target_met        an occurrence of a target met: who, when, the evidence
-- Targets are addressed by their position in the approved version's follow-up table, which never
-- changes (versions are immutable and an adopted proposal is not edited).

CREATE FUNCTION append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION '% is append-only', TG_TABLE_NAME;
END;
$$;

CREATE TABLE realisation_versions (
  proposal_id integer NOT NULL REFERENCES proposals(id),
  version     integer NOT NULL CHECK (version >= 1),
  user_id     integer REFERENCES users(id),
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (proposal_id, version)
);

-- Amounts are whole kroner in the proposal's signs (savings negative); NULL = the cell was cleared.
-- budget_area NULL = lines without an area; line NULL = the area's own figure.
CREATE TABLE realisation_entries (
  id          bigserial PRIMARY KEY,
  proposal_id integer NOT NULL,
  version     integer NOT NULL,
  year        integer NOT NULL CHECK (year BETWEEN 1900 AND 2200),
  section     text NOT NULL CHECK (section IN ('varig', 'implementering')),
  budget_area text CHECK (budget_area IN ('service', 'anlaeg', 'overfoersler', 'efterspoergselsstyret', 'finansposter')),
  line        text,
  amount      bigint,
  FOREIGN KEY (proposal_id, version) REFERENCES realisation_versions(proposal_id, version)
);
CREATE UNIQUE INDEX realisation_entries_cell ON realisation_entries
  (proposal_id, version, year, section, coalesce(budget_area, ''), (line IS NULL), coalesce(line, ''));
CREATE INDEX realisation_entries_proposal ON realisation_entries(proposal_id);

CREATE TABLE realisation_notes (
  proposal_id integer NOT NULL,
  version     integer NOT NULL,
  year        integer NOT NULL,
  note        text,
  PRIMARY KEY (proposal_id, version, year),
  FOREIGN KEY (proposal_id, version) REFERENCES realisation_versions(proposal_id, version)
);

CREATE TABLE realisation_confirmations (
  id          serial PRIMARY KEY,
  proposal_id integer NOT NULL,
  year        integer NOT NULL,
  version     integer NOT NULL,
  user_id     integer REFERENCES users(id),
  at          timestamptz NOT NULL DEFAULT now(),
  FOREIGN KEY (proposal_id, version) REFERENCES realisation_versions(proposal_id, version)
);
CREATE INDEX realisation_confirmations_proposal ON realisation_confirmations(proposal_id);

CREATE TABLE follow_up_target_schedules (
  id           serial PRIMARY KEY,
  proposal_id  integer NOT NULL REFERENCES proposals(id),
  target_index integer NOT NULL CHECK (target_index >= 0),
  -- both NULL: back to what the target's "when" says
  due          date,
  recurrence   text CHECK (recurrence IN ('løbende', 'månedlig', 'kvartalsvis', 'halvårlig', 'årlig')),
  user_id      integer REFERENCES users(id),
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX follow_up_target_schedules_proposal ON follow_up_target_schedules(proposal_id);

CREATE TABLE follow_up_target_met (
  id           serial PRIMARY KEY,
  proposal_id  integer NOT NULL REFERENCES proposals(id),
  target_index integer NOT NULL CHECK (target_index >= 0),
  -- the occurrence met (its due date); NULL for a target without a date
  due          date,
  evidence     text NOT NULL CHECK (btrim(evidence) <> ''),
  user_id      integer REFERENCES users(id),
  at           timestamptz NOT NULL DEFAULT now()
);
CREATE UNIQUE INDEX follow_up_target_met_once ON follow_up_target_met
  (proposal_id, target_index, coalesce(due, DATE '0001-01-01'));

CREATE TRIGGER realisation_versions_append_only BEFORE UPDATE OR DELETE ON realisation_versions
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER realisation_entries_append_only BEFORE UPDATE OR DELETE ON realisation_entries
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER realisation_notes_append_only BEFORE UPDATE OR DELETE ON realisation_notes
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER realisation_confirmations_append_only BEFORE UPDATE OR DELETE ON realisation_confirmations
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER follow_up_target_schedules_append_only BEFORE UPDATE OR DELETE ON follow_up_target_schedules
  FOR EACH ROW EXECUTE FUNCTION append_only();
CREATE TRIGGER follow_up_target_met_append_only BEFORE UPDATE OR DELETE ON follow_up_target_met
  FOR EACH ROW EXECUTE FUNCTION append_only();

-- The old free-typed table goes. Its realised figures are kept as version 1 of the proposal's
-- realisation, as the permanent change without a budget area (the old table named none); its
-- typed planned figures, which the engine now computes, are kept in the audit log with the rest.
INSERT INTO realisation_versions (proposal_id, version, user_id, created_at)
  SELECT f.proposal_id, 1, (array_agg(f.user_id ORDER BY f.updated_at DESC))[1], max(f.updated_at)
    FROM follow_up f WHERE f.realised IS NOT NULL OR f.note IS NOT NULL GROUP BY f.proposal_id;
INSERT INTO realisation_entries (proposal_id, version, year, section, budget_area, line, amount)
  SELECT f.proposal_id, 1, f.year, 'varig', NULL, NULL, f.realised FROM follow_up f WHERE f.realised IS NOT NULL;
INSERT INTO realisation_notes (proposal_id, version, year, note)
  SELECT f.proposal_id, 1, f.year, f.note FROM follow_up f WHERE f.note IS NOT NULL;
INSERT INTO audit_log (organisation_id, user_id, action, entity, entity_id, before, after)
  SELECT p.organisation_id, NULL, 'follow-up.migrated', 'proposal', f.proposal_id::text,
         jsonb_agg(jsonb_build_object('year', f.year, 'planned', f.planned, 'realised', f.realised,
                                      'note', f.note, 'userId', f.user_id, 'updatedAt', f.updated_at)
                   ORDER BY f.year),
         NULL
    FROM follow_up f JOIN proposals p ON p.id = f.proposal_id GROUP BY p.organisation_id, f.proposal_id;
DROP TABLE follow_up;
