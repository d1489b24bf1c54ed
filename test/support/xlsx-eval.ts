// A small evaluator of the Excel formulas Gevinst writes, for reading workbooks back in tests:
// numbers, text, cell references (with sheet and $), ranges, + − * /, comparisons, and the
// functions IF, N, ABS, OR, SUM, COUNT, SUMIFS and COUNTIFS (criteria: equal to a value, or "<>"
// for a non-blank cell). A blank cell is null: 0 in arithmetic, equal to "". Anything else throws,
// so a formula the test cannot check is never silently passed.
import type ExcelJS from 'exceljs';

type Value = number | string | boolean | null;
type Range = { range: Value[] };
type Arg = Value | Range;

function colNumber(letters: string): number {
  let n = 0;
  for (const ch of letters) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

const TOKEN =
  /\s*(?:(?<num>\d+(?:\.\d+)?)|(?<str>"(?:[^"]|"")*")|(?<ref>(?:'(?:[^']|'')+'!|[A-Za-z0-9_]+!)?\$?[A-Z]{1,3}\$?\d+(?::\$?[A-Z]{1,3}\$?\d+)?)|(?<fn>[A-Z]+)\(|(?<op><>|<=|>=|[-+*/=<>(),]))/y;

interface Token {
  kind: 'num' | 'str' | 'ref' | 'fn' | 'op';
  text: string;
}

function tokenize(f: string): Token[] {
  const out: Token[] = [];
  TOKEN.lastIndex = 0;
  while (TOKEN.lastIndex < f.length) {
    const start = TOKEN.lastIndex;
    const m = TOKEN.exec(f);
    if (!m?.groups || TOKEN.lastIndex === start) throw new Error(`cannot read formula at ${start}: ${f}`);
    const g = m.groups;
    const kind = (['num', 'str', 'ref', 'fn', 'op'] as const).find((k) => g[k] !== undefined);
    if (!kind) {
      if (f.slice(start).trim() === '') break;
      throw new Error(`cannot read formula: ${f}`);
    }
    out.push({ kind, text: g[kind] as string });
  }
  return out;
}

export class Evaluator {
  constructor(private readonly book: ExcelJS.Workbook) {}

  /** The value of a cell: a number, text, or null for a blank (formulas evaluated). */
  cell(sheet: string, row: number, col: number, depth = 0): Value {
    const ws = this.book.getWorksheet(sheet);
    if (!ws) throw new Error(`no sheet ${sheet}`);
    const v = ws.getCell(row, col).value;
    if (v === null || v === undefined) return null;
    if (typeof v === 'number' || typeof v === 'string' || typeof v === 'boolean') return v;
    if (typeof v === 'object' && 'formula' in v) return this.formula(sheet, v.formula ?? '', depth + 1);
    throw new Error(`unexpected cell ${sheet}!R${row}C${col}: ${JSON.stringify(v)}`);
  }

  formula(sheet: string, formula: string, depth = 0): Value {
    if (depth > 30) throw new Error('formula nesting too deep');
    const tokens = tokenize(formula);
    let i = 0;
    const peek = () => tokens[i];
    const take = (text?: string): Token => {
      const t = tokens[i++];
      if (!t || (text !== undefined && t.text !== text))
        throw new Error(`expected ${text ?? 'token'} in ${formula}`);
      return t;
    };
    const num = (v: Value): number => {
      if (v === null || v === '') return 0;
      if (typeof v === 'number') return v;
      if (typeof v === 'boolean') return v ? 1 : 0;
      throw new Error(`not a number: ${JSON.stringify(v)} in ${formula}`);
    };
    const refValues = (text: string): { values: Value[]; single: boolean } => {
      const m = /^(?:'((?:[^']|'')+)'!|([A-Za-z0-9_]+)!)?\$?([A-Z]+)\$?(\d+)(?::\$?([A-Z]+)\$?(\d+))?$/.exec(
        text,
      );
      if (!m) throw new Error(`bad reference ${text}`);
      const sh = m[1] ? m[1].replace(/''/g, "'") : (m[2] ?? sheet);
      const [c1, r1] = [colNumber(m[3] ?? ''), Number(m[4])];
      const [c2, r2] = m[5] ? [colNumber(m[5]), Number(m[6])] : [c1, r1];
      const values: Value[] = [];
      for (let r = r1; r <= r2; r++) for (let c = c1; c <= c2; c++) values.push(this.cell(sh, r, c, depth));
      return { values, single: !m[5] };
    };
    const args = (): Arg[] => {
      const out: Arg[] = [];
      if (peek()?.text === ')') {
        take(')');
        return out;
      }
      for (;;) {
        const t = peek();
        if (t?.kind === 'ref' && t.text.includes(':') && [',', ')'].includes(tokens[i + 1]?.text ?? '')) {
          take();
          out.push({ range: refValues(t.text).values });
        } else out.push(expr());
        const sep = take();
        if (sep.text === ')') return out;
        if (sep.text !== ',') throw new Error(`expected , or ) in ${formula}`);
      }
    };
    const flat = (a: Arg[]): Value[] =>
      a.flatMap((x) => (x !== null && typeof x === 'object' ? x.range : [x]));
    const matches = (v: Value, criterion: Value): boolean => {
      if (criterion === '<>') return v !== null && v !== '';
      return v === criterion || (typeof criterion === 'number' && v !== null && num(v) === criterion);
    };
    const ifs = (a: Arg[], offset: number): boolean[] => {
      const first = a[offset];
      const n = first !== null && typeof first === 'object' ? first.range.length : 0;
      const ok = Array.from({ length: n }, () => true);
      for (let k = offset; k < a.length; k += 2) {
        const range = a[k];
        const criterion = a[k + 1];
        if (
          range === null ||
          typeof range !== 'object' ||
          (criterion !== null && typeof criterion === 'object')
        )
          throw new Error(`bad criteria in ${formula}`);
        range.range.forEach((v, j) => (ok[j] = (ok[j] ?? false) && matches(v, criterion ?? null)));
      }
      return ok;
    };
    const call = (name: string, a: Arg[]): Value => {
      const scalar = (k: number): Value => {
        const x = a[k];
        if (x !== null && typeof x === 'object') throw new Error(`range where a value belongs in ${formula}`);
        return x ?? null;
      };
      switch (name) {
        case 'IF':
          return scalar(0) === true || (typeof scalar(0) === 'number' && scalar(0) !== 0)
            ? scalar(1)
            : scalar(2);
        case 'N':
          return typeof scalar(0) === 'number' ? scalar(0) : 0;
        case 'ABS':
          return Math.abs(num(scalar(0)));
        case 'OR':
          return flat(a).some((v) => v === true || (typeof v === 'number' && v !== 0));
        case 'SUM':
          return flat(a).reduce((s: number, v) => s + (typeof v === 'number' ? v : 0), 0);
        case 'COUNT':
          return flat(a).filter((v) => typeof v === 'number').length;
        case 'SUMIFS': {
          const sum = a[0];
          if (sum === null || typeof sum !== 'object') throw new Error(`SUMIFS needs a range: ${formula}`);
          const ok = ifs(a, 1);
          return sum.range.reduce((s: number, v, j) => s + (ok[j] && typeof v === 'number' ? v : 0), 0);
        }
        case 'COUNTIFS':
          return ifs(a, 0).filter(Boolean).length;
        default:
          throw new Error(`function ${name} not understood in ${formula}`);
      }
    };
    const primary = (): Value => {
      const t = take();
      if (t.kind === 'num') return Number(t.text);
      if (t.kind === 'str') return t.text.slice(1, -1).replace(/""/g, '"');
      if (t.kind === 'ref') {
        const r = refValues(t.text);
        if (!r.single) throw new Error(`range where a value belongs in ${formula}`);
        return r.values[0] ?? null;
      }
      if (t.kind === 'fn') return call(t.text, args());
      if (t.text === '(') {
        const v = expr();
        take(')');
        return v;
      }
      if (t.text === '-') return -num(primary());
      throw new Error(`unexpected ${t.text} in ${formula}`);
    };
    const term = (): Value => {
      let v = primary();
      while (peek()?.text === '*' || peek()?.text === '/') {
        const op = take().text;
        const r = num(primary());
        v = op === '*' ? num(v) * r : num(v) / r;
      }
      return v;
    };
    const sum = (): Value => {
      let v = term();
      while (peek()?.text === '+' || peek()?.text === '-') {
        const op = take().text;
        const r = num(term());
        v = op === '+' ? num(v) + r : num(v) - r;
      }
      return v;
    };
    const expr = (): Value => {
      const left = sum();
      const op = peek()?.text;
      if (!op || !['=', '<>', '<', '>', '<=', '>='].includes(op)) return left;
      take();
      const right = sum();
      if (op === '=' || op === '<>') {
        const blank = (v: Value) => v === null || v === '';
        const eq = blank(left) && blank(right) ? true : left === right;
        return op === '=' ? eq : !eq;
      }
      const [l, r] = [num(left), num(right)];
      return op === '<' ? l < r : op === '>' ? l > r : op === '<=' ? l <= r : l >= r;
    };
    const v = expr();
    if (i !== tokens.length) throw new Error(`trailing tokens in ${formula}`);
    return v;
  }
}
