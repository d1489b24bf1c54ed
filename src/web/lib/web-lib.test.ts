// The web app's pure helpers: layout of the economic table, the editor's cell parsing, the
// version diff and the round tables. Expected values come from domain.md's worked examples and
// hand arithmetic, not from the code under test.
import { describe, expect, it } from 'vitest';
import type { Economy, Proposal } from '../../core/model.ts';
import { emptyProposal } from '../../core/model.ts';
import { layoutEconomy, differingYears } from './economy-rows.ts';
import { emptyLine, fromProposal, moveLine, toEconomy } from './editor-model.ts';
import { diffProposals } from './version-diff.ts';
import { fieldLabel, withFieldLabel } from './field-labels.ts';

const T = 1000;

/** 2021 file BC01 (domain.md §4): 5.580 invested in 2021, −517 then −1.034 a year → payback 6. */
function bc01(stated: Partial<Economy['stated']> = {}): Economy {
  return {
    unit: 't.kr',
    priceLevelYear: 2021,
    years: [2021, 2022, 2023, 2024, 2025],
    lines: [
      {
        label: 'Besparelse',
        section: 'varig',
        budgetArea: 'service',
        amounts: {
          '2021': -517 * T,
          '2022': -1034 * T,
          '2023': -1034 * T,
          '2024': -1034 * T,
          '2025': -1034 * T,
        },
        sourceLine: null,
      },
      {
        label: 'Projekt',
        section: 'implementering',
        budgetArea: 'service',
        amounts: { '2021': 5580 * T },
        sourceLine: null,
      },
    ],
    stated: {
      permanentChange: {},
      implementationCost: {},
      economicImpact: {},
      paybackService: null,
      paybackTotal: null,
      ...stated,
    },
  };
}

describe('layoutEconomy', () => {
  it('puts computed totals after the lines and reproduces the BC01 payback', () => {
    const layout = layoutEconomy(bc01());
    const permanent = layout.sections[0]?.rows.at(-1);
    expect(permanent?.kind).toBe('computed');
    if (permanent?.kind !== 'computed') return;
    expect(permanent.amounts['2022']).toBe(-1034 * T);
    expect(layout.impact.amounts['2021']).toBe((5580 - 517) * T);
    expect(layout.derived.paybackTotal).toBe(6);
    expect(layout.derived.investmentTotal).toBe(5580 * T);
  });

  it('flags a stated total that differs from the computed one, in that year only', () => {
    const layout = layoutEconomy(bc01({ permanentChange: { '2021': -517 * T, '2022': -1035 * T } }));
    const permanent = layout.sections[0]?.rows.at(-1);
    if (permanent?.kind !== 'computed') throw new Error('no computed row');
    expect(permanent.differs).toEqual([2022]);
  });

  it('compares only years the document fills', () => {
    expect(differingYears({ '2021': 1 }, {}, [2021])).toEqual([]);
    expect(differingYears({ '2021': 1 }, { '2022': 5 }, [2021, 2022])).toEqual([2022]);
    // A printed 0 where nothing was summed agrees; a printed 0 against a real value does not.
    expect(differingYears({}, { '2025': 0 }, [2025])).toEqual([]);
    expect(differingYears({ '2025': 1000 }, { '2025': 0 }, [2025])).toEqual([2025]);
  });
});

describe('editor model', () => {
  const base = (): Proposal => ({ ...emptyProposal('F1', 'Test', 'investering'), economy: bc01() });

  it('parses Danish numbers in the table unit; blank stays absent', () => {
    const state = fromProposal(base(), 2021);
    const line = state.lines[0];
    if (!line) throw new Error('no line');
    line.cells = { '2021': '-1.895', '2022': '', '2023': '22,5' };
    const { economy, errors } = toEconomy(state);
    expect(errors).toEqual([]);
    expect(economy.lines[0]?.amounts).toEqual({ '2021': -1895000, '2023': 22500 });
  });

  it('reports an unreadable cell and leaves it out instead of guessing', () => {
    const state = fromProposal(base(), 2021);
    state.lines.push({ ...emptyLine('varig', 'Ny'), cells: { '2022': '12a' } });
    const { economy, errors } = toEconomy(state);
    expect(errors).toHaveLength(1);
    expect(errors[0]?.year).toBe(2022);
    expect(errors[0]?.message).toMatch(/ikke et tal/);
    expect(economy.lines[2]?.amounts).toEqual({});
  });

  it('round-trips amounts through the editor unchanged', () => {
    const p = base();
    const { economy } = toEconomy(fromProposal(p, 2021));
    expect(economy.lines.map((l) => l.amounts)).toEqual(p.economy?.lines.map((l) => l.amounts));
  });

  it('keeps a line’s three-point estimate through the editor, and marks a low above the likely', () => {
    const p = base();
    const first = p.economy!.lines[0]!;
    first.estimate = { low: { '2022': -1200 * T }, high: { '2022': -800 * T } };
    const state = fromProposal(p, 2021);
    expect(state.lines[0]?.estimate).toEqual({ low: { '2022': '-1.200' }, high: { '2022': '-800' } });
    expect(toEconomy(state).economy.lines[0]?.estimate).toEqual(first.estimate);
    // A line without one has none (the risk level's spread applies), nor one whose rows were
    // opened and left blank.
    expect(toEconomy(state).economy.lines[1]?.estimate).toBeUndefined();
    state.lines[1]!.estimate = { low: {}, high: { '2021': '' } };
    expect(toEconomy(state).economy.lines[1]?.estimate).toBeUndefined();
    state.lines[0]!.estimate!.low['2023'] = '-900';
    const { errors } = toEconomy(state);
    expect(errors.map((e) => [e.line, e.year, e.row])).toEqual([[0, 2023, 'low']]);
    expect(errors[0]?.message).toBe('må ikke være større end det sandsynlige beløb (-1.034.000 kr.)');
  });

  it('moves lines and refuses to move past the ends', () => {
    const lines = [emptyLine('varig', 'a'), emptyLine('varig', 'b'), emptyLine('varig', 'c')];
    expect(moveLine(lines, 0, 1).map((l) => l.label)).toEqual(['b', 'a', 'c']);
    expect(moveLine(lines, 0, -1)).toBe(lines);
  });
});

describe('version diff', () => {
  it('lists exactly the numbers and texts that changed, under Danish labels', () => {
    const a: Proposal = { ...emptyProposal('F1', 'Test', 'investering'), economy: bc01() };
    const b: Proposal = structuredClone(a);
    const line = b.economy?.lines[0];
    if (!line) throw new Error('no line');
    line.amounts['2023'] = -1100 * T;
    delete line.amounts['2025'];
    b.title = 'Ny titel';
    b.sections = [{ heading: 'Baggrund', text: 'Ny tekst', sourceLine: null }];
    const d = diffProposals(a, b);
    const lineChanges = d.numbers.filter((n) => n.line === 'Besparelse');
    expect(lineChanges).toEqual([
      { table: 'Varige ændringer', line: 'Besparelse', year: 2023, before: -1034 * T, after: -1100 * T },
      { table: 'Varige ændringer', line: 'Besparelse', year: 2025, before: -1034 * T, after: null },
    ]);
    // The engine's own total moves with the line, in the same two years.
    const computed = d.numbers.filter((n) => n.table === 'Beregnet' && n.line === 'Samlet varig ændring');
    expect(computed.map((n) => n.year)).toEqual([2023, 2025]);
    expect(d.texts.find((t) => t.field === 'Titel')).toEqual({
      field: 'Titel',
      before: 'Test',
      after: 'Ny titel',
    });
    expect(d.texts.find((t) => t.field === 'Baggrund')).toEqual({
      field: 'Baggrund',
      before: '',
      after: 'Ny tekst',
    });
    // No internal field names reach the page.
    expect(d.texts.map((t) => t.field)).not.toContain('title');
  });

  it('finds nothing between a version and its copy', () => {
    const a: Proposal = { ...emptyProposal('F1', 'Test', 'investering'), economy: bc01() };
    expect(diffProposals(a, structuredClone(a))).toEqual({ numbers: [], texts: [] });
  });

  it('compares the totals the document states and the Kvantum tables', () => {
    const a: Proposal = { ...emptyProposal('F1', 'Test', 'investering'), economy: bc01() };
    a.kvantumTables = [
      {
        id: 'A',
        title: 'Tabel A',
        unit: 't.kr',
        priceLevelYear: 2021,
        years: [2022],
        rows: [{ label: 'Løn', amounts: { '2022': 5 * T }, sourceLine: null }],
        sourceLine: null,
      },
    ];
    const b = structuredClone(a);
    if (!b.economy || !b.kvantumTables[0]?.rows[0]) throw new Error('fixture');
    b.economy.stated.permanentChange = { '2022': -7 * T };
    b.kvantumTables[0].rows[0].amounts['2022'] = 6 * T;
    const d = diffProposals(a, b);
    expect(d.numbers).toContainEqual({
      table: 'Angivet i dokumentet',
      line: 'Samlet varig ændring',
      year: 2022,
      before: a.economy?.stated.permanentChange['2022'] ?? null,
      after: -7 * T,
    });
    expect(d.numbers).toContainEqual({
      table: 'Tabel A',
      line: 'Løn',
      year: 2022,
      before: 5 * T,
      after: 6 * T,
    });
  });
});

describe('field labels in refusals', () => {
  it('writes the path the server names as the label the form uses', () => {
    expect(fieldLabel('proposal.title')).toBe('Titel');
    expect(fieldLabel('proposal.economy.lines[4].amounts["2026"]')).toBe('Økonomitabellen, linje 5, 2026');
    expect(fieldLabel('proposals[2].economy.lines[0].label')).toBe('Økonomitabellen, linje 1, tekst');
    expect(fieldLabel('proposal.consultations[1].date')).toBe('Hvem er hørt?, række 2');
    expect(fieldLabel('proposal.sections[0].heading')).toBe('Tekstafsnit 1, overskrift');
    expect(fieldLabel('proposal.economy.priceLevelYear')).toBe('Prisniveau (p/l-år)');
    expect(fieldLabel('proposal.economy.lines[1].estimate.low["2027"]')).toBe(
      'Økonomitabellen, linje 2, lav, 2027',
    );
    expect(fieldLabel('settings.followUpToleranceKroner')).toBe(
      'Opfølgning: tolerance for afvigelse (1.000 kr.; den største af de to gælder)',
    );
    expect(fieldLabel('settings.monteCarloSeed')).toBeNull();
    expect(fieldLabel('somethingElse')).toBeNull();
    expect(fieldLabel('not a path')).toBeNull();
  });

  it('rewrites only a message that starts with its field, and keeps unknown paths', () => {
    expect(withFieldLabel('proposal.title må højst have 300 tegn.', 'proposal.title')).toBe(
      'Titel: må højst have 300 tegn.',
    );
    expect(withFieldLabel('Forslaget er gemt af en anden.', 'proposal.title')).toBe(
      'Forslaget er gemt af en anden.',
    );
    expect(withFieldLabel('x.y mangler.', 'x.y')).toBe('x.y mangler.');
    expect(withFieldLabel('proposal.ref skal udfyldes.', null)).toBe('proposal.ref skal udfyldes.');
  });
});
