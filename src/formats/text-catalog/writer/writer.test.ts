import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_FORMAT, emptyProposal, type GevinstDocument, type Proposal } from '../../../core/model.ts';
import { documentArbitrary } from './arbitraries.ts';
import { CLEAN, renderTextCatalog, withArtefacts } from './index.ts';
import { withEngineStated } from './stated.ts';

/** A small investment proposal in the shape of the 2026 file's Forslag 16. */
function smallProposal(): Proposal {
  const p = emptyProposal('Forslag 16', 'Effektive administrative kvadratmeter', 'investering');
  p.summary = 'Kontorpladser i lejemål opsiges.';
  p.presentingAdministrations = ['KFF'];
  p.sections = [
    {
      heading: 'Beskrivelse af forslag (fremgangsmåde og effekt)',
      text: 'Behovet er reduceret.',
      sourceLine: null,
    },
    { heading: 'Økonomi', text: 'Huslejen falder.', sourceLine: null },
    { heading: 'Implementering og opfølgning', text: 'Flytning i 2025.', sourceLine: null },
  ];
  p.economy = withEngineStated(
    {
      unit: 't.kr',
      priceLevelYear: 2026,
      years: [2025, 2026, 2027],
      lines: [
        {
          label: 'Reduceret husleje',
          section: 'varig',
          budgetArea: 'service',
          amounts: { '2026': -313000, '2027': -313000 },
          sourceLine: null,
        },
        {
          label: 'Fraflytningsudgifter',
          section: 'implementering',
          budgetArea: 'service',
          amounts: { '2025': 259000 },
          sourceLine: null,
        },
      ],
      stated: {
        permanentChange: {},
        implementationCost: {},
        economicImpact: {},
        paybackService: null,
        paybackTotal: null,
      },
    },
    'investering',
  );
  p.followUp = [
    {
      group: 'Realisering af effektiviseringer',
      target: 'Reduceret husleje',
      measure: 'Tjek af huslejen',
      responsible: 'CØDO',
      when: '1. kvartal 2026',
      sourceLine: null,
    },
  ];
  p.risk = { level: 'Lav', text: 'Lejemålet er opsagt.', sourceLine: null };
  p.innovationOrigin = false;
  p.consultations = [
    {
      body: 'Center for Økonomi, Økonomiforvaltningen',
      answer: 'ja',
      date: '2025-02-25',
      text: null,
      sourceLine: null,
    },
    { body: 'MED-udvalg', answer: 'ja', date: null, text: 'Drøftet i februar', sourceLine: null },
  ];
  p.partners = ['KEJD'];
  return p;
}

function doc(proposals: Proposal[]): GevinstDocument {
  return {
    format: DOCUMENT_FORMAT,
    source: null,
    priceLevelYear: 2026,
    catalog: null,
    proposals,
    warnings: [],
  };
}

// Written by hand from the 2026 template (domain.md §3), not from the writer's output.
const EXPECTED_SMALL = `Bilag 9

Katalog med forvaltningsspecifikke investerings- og effektiviseringsforslag




Forslag 16 Effektive administrative kvadratmeter

Kort resumé: Kontorpladser i lejemål opsiges.

Fremstillende
forvaltning:

Kultur- og Fritidsforvaltningen

1. Beskrivelse af forslag (fremgangsmåde og effekt)
Behovet er reduceret.

2. Økonomi
Huslejen falder.

Tabel 1. Forslagets samlede økonomiske konsekvenser

1.000 kr. 2026 p/l

Styringsområde 2025 2026 2027

Varige ændringer (effektiviseringer og drift)

Reduceret husleje Service -313 -313
Samlet varig ændring, service -313 -313
Samlet varig ændring -313 -313

Implementeringsomkostninger (midler fra investeringspuljen)

Fraflytningsudgifter Service 259
Samlede implementeringsomkostninger, service 259
Samlede implementeringsomkostninger 259

Samlet økonomisk påvirkning 259 -313 -313

Tilbagebetalingstid baseret på serviceeffektivisering 2

Tilbagebetalingstid baseret på totaløkonomi 2

Noter til alle tabeller: Forslaget skal udarbejdes i 2026 p/l, men forslag der udmøntes i
overførselssagen udmøntes i 2025 p/l, mens forslag der udmøntes med budgettet udmøntes i
2026 p/l.

Alle effektiviseringer er angivet med negativt fortegn (-).

3. Implementering og opfølgning
Flytning i 2025.

Tabel 2. Opfølgningsmål

Opfølgningsmål
Hvordan måles opfølgningsmålet?
Hvem er ansvarlig for opfølgning?
Hvornår gennemføres opfølgningen?

Realisering af effektiviseringer

Reduceret husleje

Tjek af huslejen

CØDO

1. kvartal 2026

4. Risikovurdering
Lav. Lejemålet er opsagt.

Administrative bilag til investeringsforslag
Forslaget udspringer af et innovationsforslag:
☐ Ja
☒ Nej

5. Effektivisering på administration

Forslaget indeholder ikke effektivisering på administration

6. Hvem er hørt?

Tabel 4. Godkendelse af Center for Økonomi

Ja/Nej Dato for godkendelse

Center for Økonomi, Økonomiforvaltningen Ja 25. februar 2025

Tabel 5. Inddragede samarbejdspartnere

Relevante samarbejdspartnere i kommunen, der er inddraget

KEJD

Tabel 6. Høring og inddragelse af kredse og udvalg

Ja/Nej Dato for godkendelse og evt. høringssvar

MED-udvalg Ja Drøftet i februar

`;

describe('renderTextCatalog', () => {
  it('renders a small investment proposal exactly as the 2026 template prints it (golden)', () => {
    expect(renderTextCatalog(doc([smallProposal()]), CLEAN)).toBe(EXPECTED_SMALL);
  });

  it('leaves the implementation block and the paybacks out of an efficiency proposal', () => {
    const p = smallProposal();
    p.kind = 'effektivisering';
    p.economy!.lines = p.economy!.lines.filter((l) => l.section === 'varig');
    p.economy = withEngineStated(p.economy!, 'effektivisering');
    p.consultations = p.consultations.slice(1);
    const text = renderTextCatalog(doc([p]), CLEAN);
    expect(text).toContain('Samlet varig ændring -313 -313\n');
    expect(text).not.toContain('Implementeringsomkostninger');
    expect(text).not.toContain('Tilbagebetalingstid');
    expect(text).not.toContain('Samlet økonomisk påvirkning');
    expect(text).toContain('Administrative bilag til effektiviseringsforslag');
    // Without a CFØ approval the partners table is Tabel 4, as in the corpus (2026 file, Forslag 3).
    expect(text).toContain('Tabel 4. Inddragede samarbejdspartnere');
  });

  it('prints stated rows as stated, even when they do not add up', () => {
    const p = smallProposal();
    p.economy!.stated.permanentChange = { '2026': -999000, '2027': -1000 };
    const text = renderTextCatalog(doc([p]), CLEAN);
    expect(text).toContain('Samlet varig ændring -999 -1\n');
  });

  it('prints the payback text as printed when the document has one', () => {
    const p = smallProposal();
    p.economy!.stated.paybackTotalText = '4 år (2028)';
    expect(renderTextCatalog(doc([p]), CLEAN)).toContain(
      'Tilbagebetalingstid baseret på totaløkonomi 4 år (2028)\n',
    );
  });

  it('is deterministic for a seed and varies between seeds', () => {
    const d = doc([smallProposal(), smallProposal()]);
    const a = renderTextCatalog(d, withArtefacts(42, { letterSpacing: 0.5 }));
    expect(renderTextCatalog(d, withArtefacts(42, { letterSpacing: 0.5 }))).toBe(a);
    const others = [1, 2, 3, 4, 5].map((s) => renderTextCatalog(d, withArtefacts(s, { letterSpacing: 0.5 })));
    expect(others.some((o) => o !== a)).toBe(true);
  });

  it('letter-spaces words one blank apart and separates words by two', () => {
    const text = renderTextCatalog(doc([smallProposal()]), { ...CLEAN, seed: 3, letterSpacing: 1 });
    // Every line got spaced; the amounts of the total row keep their digits and signs.
    const total = text.split('\n').find((l) => l.replace(/\s/g, '').startsWith('Samletvarigændring-313'));
    expect(total).toBeDefined();
    expect(total).toMatch(/ {2}/);
    expect(total!.replace(/\s/g, '')).toBe('Samletvarigændring-313-313');
    for (const w of total!.split(/ {2,}/)) expect(w).not.toMatch(/ {2}/);
  });

  it('puts a banner and the repeated table header after a page break inside the economy table', () => {
    let inside = 0;
    for (let pageLines = 8; pageLines <= 40; pageLines++) {
      const text = renderTextCatalog(doc([smallProposal()]), { ...CLEAN, pageLines });
      const lines = text.split('\n');
      // The body starts below the header; a break above it needs no repeated header.
      const tableStart = lines.indexOf('Varige ændringer (effektiviseringer og drift)');
      const tableEnd = lines.indexOf('Samlet økonomisk påvirkning 259 -313 -313');
      expect(tableEnd).toBeGreaterThan(tableStart);
      const banners = lines.flatMap((l, i) => (l === 'Overførselssagen 2024-2025' ? [i] : []));
      expect(banners.length).toBeGreaterThan(0);
      for (const b of banners) {
        expect(lines[b + 1]).toBe('Investeringsforslag');
        if (b > tableStart && b < tableEnd) {
          inside++;
          expect(lines.slice(b + 2, b + 6)).toEqual([
            '',
            '1.000 kr. 2026 p/l',
            'Styringsområde 2025 2026 2027',
            '',
          ]);
        }
      }
      // No row is split by a page break: every value row still reads whole.
      expect(text).toContain('Samlet varig ændring -313 -313\n');
    }
    expect(inside).toBeGreaterThan(0);
  });

  it('wraps labels with the values on the same or a later line, keeping every word', () => {
    let wrapped = 0;
    for (let seed = 1; seed <= 20; seed++) {
      const text = renderTextCatalog(doc([smallProposal()]), { ...CLEAN, seed, wrapLabels: 1 });
      const lines = text.split('\n');
      const at = lines.findIndex((l) => l.startsWith('Reduceret'));
      // The row is the label's lines up to the first line with a number; together they read whole.
      let end = at;
      while (end < lines.length && !/\d/.test(lines[end] ?? '')) end++;
      const row = lines
        .slice(at, end + 1)
        .join(' ')
        .replace(/\s+/g, ' ');
      expect(row).toBe('Reduceret husleje Service -313 -313');
      if (end > at) wrapped++;
    }
    expect(wrapped).toBeGreaterThan(0);
  });

  it('hyphenates only inside words, so that removing "-\\n" gives back the words', () => {
    const p = smallProposal();
    p.summary = 'Sagsbehandlingsprocesserne '.repeat(12).trim();
    const text = renderTextCatalog(doc([p]), { ...CLEAN, seed: 9, hyphenate: 1, width: 40 });
    expect(text).toMatch(/\p{L}-\n\p{Ll}/u);
    const joined = text.replace(/(\p{L})-\n/gu, '$1');
    expect(joined).toContain('Sagsbehandlingsprocesserne Sagsbehandlingsprocesserne');
  });

  it('adds artefacts without adding or losing a character of content (property)', () => {
    const squash = (t: string) => t.replace(/(\p{L})-\n/gu, '$1').replace(/\s+/g, '');
    fc.assert(
      fc.property(
        documentArbitrary({ blanks: true, numbersInTitles: true }, 3),
        fc.integer({ min: 1, max: 1e9 }),
        (d, seed) => {
          const clean = renderTextCatalog(d, CLEAN);
          const noisy = renderTextCatalog(d, withArtefacts(seed, { pageLines: null }));
          expect(squash(noisy)).toBe(squash(clean));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('starts a banner and nothing else after each page of the given length (property)', () => {
    fc.assert(
      fc.property(
        documentArbitrary({ blanks: true, numbersInTitles: false }, 2),
        fc.integer({ min: 20, max: 60 }),
        (d, pageLines) => {
          const lines = renderTextCatalog(d, { ...CLEAN, pageLines }).split('\n');
          const banners = lines.flatMap((l, i) =>
            l === 'Overførselssagen 2024-2025' || l === 'Budget 2026' ? [i] : [],
          );
          if (d.proposals.length > 0 && lines.length > 3 * pageLines)
            expect(banners.length).toBeGreaterThan(0);
          for (const b of banners)
            expect(['Investeringsforslag', 'Effektiviseringsforslag']).toContain(lines[b + 1]);
        },
      ),
      { numRuns: 100 },
    );
  });
});
