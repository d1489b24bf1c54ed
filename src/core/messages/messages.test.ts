import { describe, expect, it } from 'vitest';
import { CODE_PATTERN, MESSAGES, messageCodes, warning } from './index.ts';

describe('message catalogue', () => {
  it('every code is a lowercase dotted identifier', () => {
    const bad = messageCodes().filter((c) => !CODE_PATTERN.test(c));
    expect(bad).toEqual([]);
  });

  it('a warning carries code, parameters and the text of its template', () => {
    const w = warning(
      'catalog.no-economy',
      { ref: 'Forslag 3' },
      { sourceLine: 12, proposalRef: 'Forslag 3' },
    );
    expect(w).toMatchObject({
      code: 'catalog.no-economy',
      params: { ref: 'Forslag 3' },
      sourceLine: 12,
      proposalRef: 'Forslag 3',
    });
    expect(w.message).toContain('Forslag 3');
    expect(w.message).toBe(MESSAGES['catalog.no-economy']({ ref: 'Forslag 3' }));
  });
});
