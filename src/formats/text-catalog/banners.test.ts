import { describe, expect, it } from 'vitest';
import { bannerAt, bannerVehicle } from './banners.ts';

const lines = (...t: string[]) => t.map((text) => ({ text }));

describe('bannerAt', () => {
  it('recognises the two-line banner with its kind word', () => {
    expect(bannerAt(lines('Overførselssagen 2024-2025', 'Investeringsforslag', 'tekst'), 0)).toEqual({
      vehicle: 'Overførselssagen 2024-2025',
      kindWord: 'investeringsforslag',
      lines: 2,
    });
  });
  it('reads a letter-spaced kind word and a banner with a page number', () => {
    expect(
      bannerAt(lines('Budget 2026 ', 'E f f e k t i v i s e r i n g s f o r s l a g '), 0)?.kindWord,
    ).toBe('effektiviseringsforslag');
    expect(bannerAt(lines('Overførselssagen 2024-2025 5/6 ', ''), 0)).toEqual({
      vehicle: 'Overførselssagen 2024-2025',
      kindWord: null,
      lines: 1,
    });
  });
  it('does not take sentences or the catalog column "Budget" for banners', () => {
    expect(bannerVehicle('Budget ')).toBeNull();
    expect(bannerVehicle('Budget 2026 er vedtaget')).toBeNull();
    expect(bannerAt(lines('Forslaget indgår i Budget 2026'), 0)).toBeNull();
  });
});
