-- Part-of-word search (issue 16): "ventilation" must find "ventilationsanlæg", "bygning"
-- "skolebygning". Stemming never does: Danish writes compounds as one word.
--
-- A trigram index (pg_trgm) on the lexicon of the stemmed full text, not on the text itself: a
-- proposal's text runs to thousands of words and holds nearly every common trigram, so a trigram
-- index over whole texts still leaves a large share of the proposals to read (measured: 40 % of
-- 5,000 corpus proposals for "ventilation", and the reading, not the index, is what costs). The
-- lexicon holds each organisation's distinct lexemes (the words of `proposals.search`), a few
-- words each; the index finds the lexemes that contain a query word in about a millisecond, and
-- the proposals holding any of them come from the full text's own GIN index (search.repository.ts).
--
-- Lexemes are only ever added (by the triggers below): a lexeme no proposal holds any more only
-- widens a lookup by a word that then matches nothing. They are added in sorted order, so two
-- transactions adding the same new lexemes wait for each other instead of deadlocking.
--
-- pg_trgm is part of PostgreSQL's contrib and ships with PGlite, which loads it in
-- src/store/pglite-db.ts. It may already live in another schema (installed by a DBA, or by another
-- Gevinst schema in the same database): CREATE EXTENSION IF NOT EXISTS then does nothing, so the
-- index names the operator class in whichever schema holds it. The queries use LIKE, PostgreSQL's
-- own operator, so nothing of pg_trgm needs to be on the search_path.
CREATE TABLE search_lexemes (
  organisation_id integer NOT NULL REFERENCES organisations(id),
  lexeme          text NOT NULL,
  PRIMARY KEY (organisation_id, lexeme)
);

DO $$
DECLARE
  trgm_schema text;
BEGIN
  CREATE EXTENSION IF NOT EXISTS pg_trgm;
  SELECT n.nspname INTO trgm_schema
    FROM pg_extension e JOIN pg_namespace n ON n.oid = e.extnamespace
   WHERE e.extname = 'pg_trgm';
  EXECUTE format(
    'CREATE INDEX search_lexemes_trgm ON search_lexemes USING gin (lexeme %I.gin_trgm_ops)',
    trgm_schema
  );
END
$$;

-- New proposals, one statement at a time: an import stores hundreds per statement, and their
-- lexemes are mostly shared, so they are made distinct once per statement.
CREATE FUNCTION search_lexemes_of_inserted() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_lexemes (organisation_id, lexeme)
  SELECT DISTINCT n.organisation_id, l FROM inserted n, unnest(tsvector_to_array(n.search)) l
  ORDER BY 1, 2
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER proposals_search_lexemes_insert AFTER INSERT ON proposals
  REFERENCING NEW TABLE AS inserted
  FOR EACH STATEMENT EXECUTE FUNCTION search_lexemes_of_inserted();

-- A saved version changes one proposal's text; a status change leaves it as it was.
CREATE FUNCTION search_lexemes_of_updated() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO search_lexemes (organisation_id, lexeme)
  SELECT NEW.organisation_id, l FROM unnest(tsvector_to_array(NEW.search)) l
  ORDER BY 2
  ON CONFLICT DO NOTHING;
  RETURN NULL;
END
$$;
CREATE TRIGGER proposals_search_lexemes_update AFTER UPDATE OF search_text ON proposals
  FOR EACH ROW WHEN (OLD.search_text IS DISTINCT FROM NEW.search_text)
  EXECUTE FUNCTION search_lexemes_of_updated();

-- The proposals already stored.
INSERT INTO search_lexemes (organisation_id, lexeme)
SELECT DISTINCT p.organisation_id, l FROM proposals p, unnest(tsvector_to_array(p.search)) l;
