import { describe, expect, it } from 'vitest';
import { readTextCatalog } from './index.ts';
import { buildVocabulary, judge, WordRepairer } from './word-repair.ts';

/** Repairs `texts` against the vocabulary of `doc` (the document's whole text). */
function repairAll(doc: string, texts: string[]): string[] {
  const r = new WordRepairer(buildVocabulary(doc));
  r.prepare(texts);
  return texts.map((t) => r.repair(t));
}

// A document in which the words of the tests also stand unbroken, among plenty of common words.
const filler = 'og det er i for til af at en på med som der den de '.repeat(40);
const doc = [
  filler,
  'Vejledning til borgerne. Der gives skriftlig vejledning og mundtlig vejledning.',
  'Udgifter og udgifter til drift. Opsigelse af lejemål. Opsigelse af kontrakt.',
  'Kultur- og Fritidsforvaltningen og Kultur- og Fritidsudvalget; Kulturhuse.',
  'Automatisk udsendelse. Automatisk kontrol. Den automatiske løsning.',
  'afledning af regnvand. En ledning blev lagt. Ledning og kabel. Ny ledning.',
  'gevinster og gevinster og gevinster og gevinster og gevinster og gevinster. En gevinst er en gevinst.',
  'idet at idet. Inden for rammen og inden for budgettet og inden for tid og indenfor.',
  // The broken forms, as the converter prints them:
  'Automat isk udsende l se af vej ledning. Spa rede udgi f ter. Ops ige lse af lokaler.',
  'Ku l tu r - og Fritids-forvaltningen. i nden for rammen.',
  'Personaleområdet og personaleområdet. Indkøbsprocesserne og indkøbsprocesserne. It-projektmodel.',
  'Forvaltningen og forvaltningen og forvaltningen. Forval tn ingen.',
].join('\n');

describe('word repair', () => {
  it('joins pieces whose concatenation is a word of the document', () => {
    expect(
      repairAll(doc, [
        'Automat isk udsende l se af vej ledning',
        'Spa rede udgi f ter',
        'Ops ige lse af lokaler',
      ]),
    ).toEqual(['Automatisk udsende l se af vejledning', 'Spa rede udgifter', 'Opsigelse af lokaler']);
  });

  it('keeps a compound hyphen before "og" with the joined word', () => {
    expect(repairAll(doc, ['AI i Ku l tu r - og Fritids-forvaltningen'])).toEqual([
      'AI i Kultur- og Fritids-forvaltningen',
    ]);
  });

  it('leaves hyphenated compounds and whole words alone', () => {
    expect(
      repairAll(doc, ['Kultur- og Fritidsforvaltningen', 'Beskæftigelses- og Integrationsudvalget']),
    ).toEqual(['Kultur- og Fritidsforvaltningen', 'Beskæftigelses- og Integrationsudvalget']);
  });

  it('does not join two real words side by side ("af ledning", "i det", "gevinst er")', () => {
    expect(repairAll(doc, ['bortledning af ledning', 'i det hele', 'En gevinst er sikker'])).toEqual([
      'bortledning af ledning',
      'i det hele',
      'En gevinst er sikker',
    ]);
  });

  it('does not guess between "inden for" and "indenfor" (both are words of the document)', () => {
    // "i nden" alone would be "inden", but "inden"+"for" is a word too: the break stays as printed.
    expect(repairAll(doc, ['i nden for rammen'])).toEqual(['i nden for rammen']);
  });

  it('never joins across digits or capitals', () => {
    expect(repairAll(doc, ['2 0 2 6', 'Q 2 2026', 'Amager Bio'])).toEqual([
      '2 0 2 6',
      'Q 2 2026',
      'Amager Bio',
    ]);
  });

  it('joins a word the conversion broke at a hyphen when the whole word stands in the document', () => {
    expect(
      repairAll(doc, ['AI på personaleområ-det', 'Efter it-projektmodel', 'Kultur- og Fritids-']),
    ).toEqual(['AI på personaleområdet', 'Efter it-projektmodel', 'Kultur- og Fritids-']);
  });

  it('repairs prose too, and never glues a real word to the broken one after it', () => {
    const prose =
      'Dette reducerer fejl i i ndkøbsprocesserne samt sikrer, at forval tn ingen får den rette kvalitet, ' +
      'og at vejledning gives i nden for rammen. '.repeat(3);
    const [fixed] = repairAll(doc, [prose]);
    expect(fixed).toContain('at forvaltningen får');
    // "i" is a word: "i i ndkøbsprocesserne" is "i indkøbsprocesserne", never "iindkøbsprocesserne".
    expect(fixed).not.toContain('iindkøbsprocesserne');
    expect(fixed).toContain('fejl i i');
    expect(fixed).toContain('i nden for rammen');
  });

  it('explains its judgement', () => {
    const r = new WordRepairer(buildVocabulary(doc));
    r.prepare(['vej ledning', 'af ledning']);
    expect(judge(r, ['vej', 'ledning']).join).toBe(true);
    expect(judge(r, ['af', 'ledning']).join).toBe(false);
  });
});

describe('word repair in the reader', () => {
  it('leaves a document without broken words as printed and warns of nothing', () => {
    const text = ['Forslag 1 Vejledning til borgere', 'Kort resumé: Nær support og nærsupport.', ''].join(
      '\n',
    );
    try {
      const d = readTextCatalog(text, null);
      expect(d.warnings.some((w) => w.code === 'words.repaired')).toBe(false);
    } catch {
      // Not a document at all: nothing to repair either.
    }
  });
});
