// Search (issue 16) on PGlite and, when TEST_DATABASE_URL is set, PostgreSQL: parts of Danish
// compound words through the trigram index, stemming as before, the filters, the organisation
// scope, odd characters, ranking and the highlighted parts.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Proposal, type ProposalKind, emptyProposal } from '../src/core/model.ts';
import type { Db } from '../src/store/db.ts';
import * as orgs from '../src/store/repositories/organisations.repository.ts';
import * as proposals from '../src/store/repositories/proposals.repository.ts';
import * as rounds from '../src/store/repositories/rounds.repository.ts';
import {
  type SearchHit,
  searchOptions,
  searchProposals,
} from '../src/store/repositories/search.repository.ts';
import type { Status } from '../src/store/types.ts';
import { testDatabases } from './store-helpers.ts';

const KK = 1;

interface Fixture {
  ref: string;
  title: string;
  text: string;
  committee: string;
  kind?: ProposalKind;
  status?: Status;
}

const refs = (hits: SearchHit[]) => hits.map((h) => h.ref);
const marked = (parts: { text: string; hit: boolean }[]) => parts.filter((p) => p.hit).map((p) => p.text);

for (const target of testDatabases) {
  describe(`search on ${target.name}`, () => {
    let db: Db;
    let cleanup: () => Promise<void>;
    let round2027: number;
    let round2028: number;
    let other: number;

    /** A proposal in `roundId` (and so in the round's organisation). */
    async function add(roundId: number, f: Fixture): Promise<number> {
      const body: Proposal = emptyProposal(f.ref, f.title, f.kind ?? 'investering');
      body.summary = f.text;
      body.sections = [{ heading: 'Beskrivelse', text: f.text, sourceLine: null }];
      const id = await proposals.insertProposal(db, {
        roundId,
        body,
        columns: { administration: null, committee: f.committee },
        authorId: null,
        origin: 'authored',
      });
      if (f.status) await proposals.setStatus(db, id, f.status, null);
      return id;
    }

    beforeAll(async () => {
      const opened = await target.open();
      db = opened.db;
      cleanup = opened.cleanup;
      const round = (org: number, name: string, year: number) =>
        rounds.insertRound(db, org, { name, kind: 'budget', year, priceLevelYear: year });
      round2027 = await round(KK, 'Budget 2027', 2027);
      round2028 = await round(KK, 'Budget 2028', 2028);
      await add(round2027, {
        ref: 'Forslag 1',
        title: 'Energioptimering af skolernes ventilationsanlæg',
        text: 'Ventilationsanlæggene på tolv skoler udskiftes, så elforbruget falder.',
        committee: 'BUU',
      });
      await add(round2027, {
        ref: 'Forslag 2',
        title: 'Ny skolebygning i Ørestad',
        text: 'En skolebygning med plads til 800 elever erstatter pavillonerne og får digitalt udstyr.',
        committee: 'BUU',
        status: 'indsendt',
      });
      await add(round2027, {
        ref: 'Forslag 3',
        title: 'Salg af bygning på Amager',
        text: 'Kommunen sælger en bygning, som ikke længere bruges. 100% af provenuet går til drift_pulje og IT-systemet.',
        committee: 'ØU',
        kind: 'effektivisering',
      });
      await add(round2028, {
        ref: 'Forslag 1',
        title: 'Bedre indeklima i plejeboliger',
        text: 'Mekanisk ventilation og nye vinduer giver et bedre indeklima for beboerne.',
        committee: 'SUU',
        kind: 'effektivisering',
        status: 'vedtaget',
      });
      await add(round2028, {
        ref: 'Forslag 2',
        title: 'Målinger i plejeboliger',
        text: 'Indeklima måles løbende: indeklima, indeklima og atter indeklima, så indeklima forbedres.',
        committee: 'SUU',
        kind: 'effektivisering',
      });
      other = await orgs.insertOrganisation(db, { slug: 'andenby', name: 'Andenby Kommune' });
      const otherRound = await round(other, 'Budget 2027', 2027);
      await add(otherRound, {
        ref: 'Forslag 1',
        title: 'Ny skolebygning i landsbyen',
        text: 'Landsbyskolen samles i en ny skolebygning med ventilationsanlæg.',
        committee: 'BSU',
      });
    });
    afterAll(async () => cleanup?.());

    it('finds the part of a compound word: "ventilation" finds "ventilationsanlæg"', async () => {
      const hits = await searchProposals(db, KK, 'ventilation', { roundId: round2027 });
      expect(refs(hits)).toEqual(['Forslag 1']);
      expect(hits[0]!.match).toBe('part');
      // The part within the word is what is marked, in the title and in the text.
      expect(marked(hits[0]!.titleParts)).toEqual(['ventilation']);
      expect(hits[0]!.titleParts.map((p) => p.text).join('')).toBe(
        'Energioptimering af skolernes ventilationsanlæg',
      );
      expect(marked(hits[0]!.snippet)).toContain('Ventilation');
    });

    it('finds both ends of a compound: "bygning" and "skole" find "skolebygning"', async () => {
      expect(refs(await searchProposals(db, KK, 'bygning', { roundId: round2027 })).sort()).toEqual([
        'Forslag 2',
        'Forslag 3',
      ]);
      const skole = await searchProposals(db, KK, 'skole', { roundId: round2027 });
      expect(refs(skole).sort()).toEqual(['Forslag 1', 'Forslag 2']);
      // Case and Danish letters do not matter: "ØRESTAD" finds "Ørestad", "SKOLEBYGNING" too.
      expect(refs(await searchProposals(db, KK, 'ØRESTAD SKOLEBYGNING'))).toEqual(['Forslag 2']);
    });

    it('every word must occur: a part-of-word match needs all of them', async () => {
      expect(refs(await searchProposals(db, KK, 'skolebygning ventilation', { roundId: round2027 }))).toEqual(
        [],
      );
      expect(refs(await searchProposals(db, KK, 'skole elforbrug'))).toEqual(['Forslag 1']);
      // A minus keeps a word out of part-of-word matches as well as of the full text.
      expect(refs(await searchProposals(db, KK, 'bygning -skole', { roundId: round2027 }))).toEqual([
        'Forslag 3',
      ]);
    });

    it('stemming still works: "skolerne" finds "skoler", "ventilationsanlæggene" "ventilationsanlæg"', async () => {
      const hits = await searchProposals(db, KK, 'skolerne', { roundId: round2027 });
      // "skoler" by the full text; the stem "skol" is also part of "skolebygning", ranked after.
      expect(hits.map((h) => [h.ref, h.match])).toEqual([
        ['Forslag 1', 'fulltext'],
        ['Forslag 2', 'part'],
      ]);
      expect(marked(hits[0]!.snippet)).toContain('skoler');
      expect(marked(hits[1]!.titleParts)).toEqual(['skol']);
      expect(refs(await searchProposals(db, KK, 'ventilationsanlæggene', { roundId: round2027 }))).toEqual([
        'Forslag 1',
      ]);
    });

    it('ranks full-text (whole word) matches above parts of words, and a title match first', async () => {
      // Forslag 3 has "bygning" as a word, Forslag 2 only inside "skolebygning".
      const bygning = await searchProposals(db, KK, 'bygning', { roundId: round2027 });
      expect(refs(bygning)).toEqual(['Forslag 3', 'Forslag 2']);
      expect(bygning.map((h) => h.match)).toEqual(['fulltext', 'part']);
      expect(bygning[0]!.rank).toBeGreaterThan(bygning[1]!.rank);
      // A match in the title first, though another proposal says "indeklima" five times.
      const indeklima = await searchProposals(db, KK, 'indeklima', { roundId: round2028 });
      expect(refs(indeklima)).toEqual(['Forslag 1', 'Forslag 2']);
      expect(marked(indeklima[0]!.titleParts)).toEqual(['indeklima']);
      // Across both rounds: "ventilation" is a word in 2028's Forslag 1, part of one in 2027's.
      const ventilation = await searchProposals(db, KK, 'ventilation');
      expect(ventilation.map((h) => [h.roundId, h.match])).toEqual([
        [round2028, 'fulltext'],
        [round2027, 'part'],
      ]);
    });

    it('each filter narrows: round, status, committee, kind', async () => {
      const all = await searchProposals(db, KK, 'ventilation');
      expect(all.length).toBe(2);
      expect(refs(await searchProposals(db, KK, 'ventilation', { roundId: round2028 }))).toEqual([
        'Forslag 1',
      ]);
      expect(
        (await searchProposals(db, KK, 'ventilation', { status: 'vedtaget' })).map((h) => h.roundId),
      ).toEqual([round2028]);
      expect(
        (await searchProposals(db, KK, 'ventilation', { committee: 'BUU' })).map((h) => h.roundId),
      ).toEqual([round2027]);
      expect(
        (await searchProposals(db, KK, 'ventilation', { kind: 'effektivisering' })).map((h) => h.roundId),
      ).toEqual([round2028]);
      // Filters combine.
      expect(
        await searchProposals(db, KK, 'ventilation', { committee: 'BUU', kind: 'effektivisering' }),
      ).toEqual([]);
      expect(
        refs(await searchProposals(db, KK, 'bygning', { roundId: round2027, status: 'indsendt' })),
      ).toEqual(['Forslag 2']);
    });

    it('stays within the organisation, for full text and parts of words alike', async () => {
      // Copenhagen does not find the other municipality's "landsby…", nor it Copenhagen's "Ørestad".
      expect(await searchProposals(db, KK, 'landsby')).toEqual([]);
      expect(await searchProposals(db, KK, 'landsbyskolen')).toEqual([]);
      expect(await searchProposals(db, other, 'Ørestad')).toEqual([]);
      const theirs = await searchProposals(db, other, 'skolebygning');
      expect(theirs.map((h) => h.title)).toEqual(['Ny skolebygning i landsbyen']);
      // A round of Copenhagen's asked for by the other organisation: nothing, not an error.
      expect(await searchProposals(db, other, 'ventilation', { roundId: round2027 })).toEqual([]);
      const options = await searchOptions(db, other);
      expect(options.rounds.map((r) => r.name)).toEqual(['Budget 2027']);
      expect(options.committees).toEqual(['BSU']);
    });

    it('odd characters never crash and never act as patterns', async () => {
      for (const q of [
        '%',
        '_',
        '%%%',
        '\\',
        "'",
        '"',
        '"ventilation',
        "'); DROP TABLE proposals; --",
        'skole OR',
        '-',
        '- -skole',
        '(foo | bar) & !baz',
        '\\m.*\\M',
        'a',
        'og',
        '100%',
        'drift_pulje',
        '𝔘𝔫𝔦𝔠𝔬𝔡𝔢 😀',
      ]) {
        await expect(searchProposals(db, KK, q), q).resolves.toBeInstanceOf(Array);
      }
      // % and _ are not wildcards: "%" alone finds nothing; "100%" finds the text with "100%".
      expect(await searchProposals(db, KK, '%')).toEqual([]);
      expect(await searchProposals(db, KK, '_')).toEqual([]);
      expect(refs(await searchProposals(db, KK, '100%'))).toEqual(['Forslag 3']);
      expect(refs(await searchProposals(db, KK, 'drift_pulje'))).toEqual(['Forslag 3']);
      expect((await proposals.listProposals(db, KK, round2027)).length).toBe(3);
    });

    it('short words (under three letters) are whole words only; stop words count for nothing', async () => {
      // "it" is inside "digitalt" and "udskiftes", and a word of its own only in "IT-systemet".
      expect(refs(await searchProposals(db, KK, 'it'))).toEqual(['Forslag 3']);
      expect(await searchProposals(db, KK, 'el')).toEqual([]);
      // "af" and "og" are stop words: the full text ignores them, and so does the part-of-word side.
      expect(await searchProposals(db, KK, 'af')).toEqual([]);
      expect(refs(await searchProposals(db, KK, 'bygning og', { roundId: round2027 })).sort()).toEqual([
        'Forslag 2',
        'Forslag 3',
      ]);
    });

    it('a saved version is found by the words it brought, also in part', async () => {
      const [first] = await proposals.listProposals(db, KK, round2028);
      const body = emptyProposal('Forslag 1', 'Bedre indeklima i plejeboliger', 'effektivisering');
      body.sections = [
        { heading: 'Beskrivelse', text: 'Solcelleanlæg på plejeboligernes tage.', sourceLine: null },
      ];
      await db.transaction((tx) =>
        proposals.addVersion(tx, {
          id: first!.id,
          expectedVersion: 1,
          body,
          columns: { administration: null, committee: 'SUU' },
          authorId: null,
          note: null,
          origin: 'authored',
        }),
      );
      expect(refs(await searchProposals(db, KK, 'solcelle', { roundId: round2028 }))).toEqual(['Forslag 1']);
      // The old text is gone from the full text; its lexemes may stay in the lexicon, harmlessly.
      expect(await searchProposals(db, KK, 'indeklima ventilation', { roundId: round2028 })).toEqual([]);
    });

    it('options: the organisation’s rounds and the committees, kinds and statuses its proposals have', async () => {
      const options = await searchOptions(db, KK);
      expect(options.rounds.map((r) => r.name)).toEqual(['Budget 2028', 'Budget 2027']);
      expect(options.committees).toEqual(['BUU', 'SUU', 'ØU']);
      expect(options.kinds).toEqual(['investering', 'effektivisering']);
      expect(options.statuses).toEqual(['kladde', 'indsendt', 'vedtaget']);
    });
  });
}
