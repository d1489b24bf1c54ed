// The pure half of the search: which words a query looks for, and how hits become parts.
import { describe, expect, it } from 'vitest';
import { HIT_START, HIT_STOP, excerpt, highlight } from './highlight.ts';
import { MAX_WORDS, partQuery, queryWords, quoteLexeme } from './query.ts';

describe('queryWords', () => {
  it('keeps letters and digits, lower-cased, longest first; drops websearch syntax', () => {
    expect(queryWords('Skole "VENTILATION anlæg" OR 2027 -cykel')).toEqual({
      include: ['ventilation', 'anlæg', 'skole', '2027'],
      exclude: ['cykel'],
    });
    expect(queryWords('%_\\\'"()|&!')).toEqual({ include: [], exclude: [] });
    expect(queryWords('CO2-udledning')).toEqual({ include: ['udledning', 'co2'], exclude: [] });
  });

  it('takes at most MAX_WORDS words, the longest', () => {
    const words = Array.from({ length: 20 }, (_, i) => 'x'.repeat(i + 1));
    expect(queryWords(words.join(' ')).include).toEqual(words.slice(-MAX_WORDS).reverse());
  });

  it('lexemes are quoted for a tsquery, quotes and backslashes doubled', () => {
    expect(quoteLexeme("it's\\")).toBe("'it''s\\\\'");
  });
});

describe('partQuery', () => {
  const w = (word: string, lexemes: string[], part: string | null = word) => ({ word, part, lexemes });

  it('requires every word by any lexeme containing it, and refuses the excluded ones', () => {
    expect(
      partQuery(
        [w('bygning', ['bygning', 'skolebygning']), w('skole', ['skol'], 'skol')],
        [w('cykel', ['cykel'])],
      ),
    ).toBe("('bygning' | 'skolebygning') & ('skol') & !('cykel')");
  });

  it('is null when a word is in no lexeme, or only stop words are left', () => {
    expect(partQuery([w('bygning', ['bygning']), w('zzz', [])], [])).toBeNull();
    expect(partQuery([w('og', [], null)], [])).toBeNull();
    // A stop word beside a real word is left out, as the full text leaves it out.
    expect(partQuery([w('bygning', ['bygning']), w('og', [], null)], [])).toBe("('bygning')");
  });
});

describe('highlight', () => {
  const hits = (parts: { text: string; hit: boolean }[]) =>
    parts.map((p) => (p.hit ? `[${p.text}]` : p.text)).join('');

  it('marks parts of words, ignoring case, and keeps the text intact', () => {
    expect(hits(highlight('Energioptimering af VENTILATIONSanlæg', ['ventilation']))).toBe(
      'Energioptimering af [VENTILATION]Sanlæg',
    );
  });

  it('merges the headline markers with the words, overlapping or touching', () => {
    const marked = `De ${HIT_START}skolerne${HIT_STOP} og en skolebygning`;
    expect(hits(highlight(marked, ['skole', 'bygning']))).toBe('De [skolerne] og en [skolebygning]');
  });

  it('marks short words only as whole words, and squashes white space', () => {
    expect(hits(highlight('Salg  af\nbygning, afdeling', ['af']))).toBe('Salg [af] bygning, afdeling');
  });

  it('returns plain parts when nothing matches, and nothing for an empty text', () => {
    expect(highlight('Intet her', ['skole'])).toEqual([{ text: 'Intet her', hit: false }]);
    expect(highlight('', ['skole'])).toEqual([]);
  });

  it('a text can never smuggle markup: it stays text', () => {
    expect(highlight('<b>skole</b>', ['skole'])).toEqual([
      { text: '<b>', hit: false },
      { text: 'skole', hit: true },
      { text: '</b>', hit: false },
    ]);
  });
});

describe('excerpt', () => {
  it('drops the partial words at cut ends and says where it was cut', () => {
    expect(excerpt('lationsanlæg skal skiftes på skoler', true, true)).toBe('… skal skiftes på …');
    expect(excerpt('Ventilationsanlæg skal skiftes', false, false)).toBe('Ventilationsanlæg skal skiftes');
  });
});
