import { describe, expect, it } from 'vitest';
import { emptyProposal } from '../../core/model.ts';
import { type EditorState, emptyLine, toEconomy } from './editor-model.ts';
import { pasteInto, pastedBlock } from './paste.ts';

function state(): EditorState {
  return {
    proposal: emptyProposal('Forslag 1', 'T', 'investering'),
    unit: 't.kr',
    years: [2027, 2028, 2029],
    lines: [emptyLine('varig', 'Besparelse')],
  };
}

describe('pasting from a spreadsheet', () => {
  it('a single value is not a block', () => {
    expect(pastedBlock('1.500')).toBeNull();
    // Excel copies one cell with a line break after it: still one value.
    expect(pastedBlock('1.500\r\n')).toBeNull();
  });

  it('a row of three cells fills three years, each a number of its own (not 100.200.300)', () => {
    const block = pastedBlock('100\t200\t300')!;
    const { state: s, filled } = pasteInto(state(), block, 0, 0);
    expect(filled).toBe(3);
    const { economy, errors } = toEconomy(s);
    expect(errors).toEqual([]);
    expect(economy.lines[0]?.amounts).toEqual({ '2027': 100_000, '2028': 200_000, '2029': 300_000 });
  });

  it('rows × columns from Excel with Danish numbers; lines are added; overflow is counted, not pasted', () => {
    const block = pastedBlock('-1.500\t-2.000,5\r\n400\t\t600\t700\r\n')!;
    const { state: s, filled, outside } = pasteInto(state(), block, 0, 1);
    expect(s.lines).toHaveLength(2);
    expect(filled).toBe(4);
    expect(outside).toBe(2);
    const { economy, errors } = toEconomy(s);
    expect(errors).toEqual([]);
    expect(economy.lines[0]?.amounts).toEqual({ '2028': -1_500_000, '2029': -2_000_500 });
    expect(economy.lines[1]?.amounts).toEqual({ '2028': 400_000 });
  });

  it('the original state is left untouched (undo is the previous state)', () => {
    const before = state();
    pasteInto(before, [['1', '2']], 0, 0);
    expect(before.lines[0]?.cells).toEqual({});
  });
});
