import { describe, expect, it } from 'vitest';
import { nextProposalRef } from './numbering.ts';

describe('nextProposalRef', () => {
  it('follows the highest "Forslag" number of the round', () => {
    expect(nextProposalRef([])).toBe('Forslag 1');
    expect(nextProposalRef(['Forslag 2', 'forslag 10', 'BC01', 'Forslag 3a'])).toBe('Forslag 11');
  });
});
