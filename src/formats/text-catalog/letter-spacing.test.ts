import { describe, expect, it } from 'vitest';
import { collapseLetterSpacing, isWhitespace, joinWrapped, squash } from './letter-spacing.ts';

describe('squash', () => {
  it('removes every blank and lowers case, so broken words compare equal', () => {
    expect(squash('Ti lbagebetal ingstid basere t  på')).toBe('tilbagebetalingstidbaseretpå');
    expect(squash('S a m l e t  varig ændr ing')).toBe(squash('Samlet varig ændring'));
  });
});

describe('collapseLetterSpacing', () => {
  it('joins runs of single letters into words', () => {
    expect(collapseLetterSpacing('S a m l e t  varig ændr ing ,  service')).toBe(
      'Samlet varig ændr ing, service',
    );
    expect(collapseLetterSpacing('inkl. J u r a  og UX')).toBe('inkl. Jura og UX');
  });
  it('carries a run on into the rest of its word', () => {
    expect(collapseLetterSpacing('t i lpasning af')).toBe('tilpasning af');
  });
  it('keeps single-letter words that stand alone', () => {
    expect(collapseLetterSpacing('samtykke i rehabil i tering')).toBe('samtykke i rehabil i tering');
  });
  it('collapses whitespace and removes blanks before punctuation', () => {
    expect(collapseLetterSpacing('  Reduktion  af  opgave r .  ')).toBe('Reduktion af opgave r.');
  });
});

describe('joinWrapped', () => {
  it('drops a hyphenation break before a lower-case continuation', () => {
    expect(joinWrapped(['Samlede implementeringsomkostnin-', 'ger, service'])).toBe(
      'Samlede implementeringsomkostninger, service',
    );
  });
  it('keeps a real hyphen before "og"', () => {
    expect(joinWrapped(['AI på administrative områder i Kultur-', 'og Fritidsforvaltningen'])).toBe(
      'AI på administrative områder i Kultur- og Fritidsforvaltningen',
    );
  });
  it('joins other lines with one blank and skips empty ones', () => {
    expect(joinWrapped(['Digitalt samtykke i', '', 'beskæftigelsesindsatsen'])).toBe(
      'Digitalt samtykke i beskæftigelsesindsatsen',
    );
  });
});

describe('isWhitespace', () => {
  it('agrees with \\s for every UTF-16 code (squash relies on it)', () => {
    const differ: number[] = [];
    for (let c = 0; c < 0x10000; c++) {
      if (isWhitespace(c) !== /\s/.test(String.fromCharCode(c))) differ.push(c);
    }
    expect(differ).toEqual([]);
  });
  it('lets squash keep astral characters, lone surrogates and context-dependent lower case', () => {
    for (const s of ['😀 x', '\ud800 y', 'ΑΣ Β', 'a\u2028b\u00a0c\u3000\ufeffd\te\u000b \u1680x', 'İ Ab']) {
      expect(squash(s)).toBe(s.replace(/\s+/g, '').toLowerCase());
    }
  });
});
