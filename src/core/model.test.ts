import { describe, expect, it } from 'vitest';
import { emptyProposal } from './model.ts';

describe('emptyProposal', () => {
  it('starts with no economy, no sections and no invented numbers', () => {
    const p = emptyProposal('Forslag 1', 'Digitalt samtykke', 'investering');
    expect(p.economy).toBeNull();
    expect(p.requestedAmount).toBeNull();
    expect(p.followUp).toEqual([]);
    expect(p.kind).toBe('investering');
  });
});
