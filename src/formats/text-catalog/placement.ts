// Placing table rows that print fewer values than the table has year columns.
//
// The converter drops blank cells, so "1.680 1.680 1.680" in a five-year table could belong to
// any three consecutive years. The printed subtotals decide: every placement of the short rows
// is tried against the sums the table states (subtotal = Σ its rows, column by column) and the
// placement with the smallest total difference wins. When several placements fit equally well the
// caller is told, so it can warn; nothing is ever filled in, only positioned.

/** A row to place: its printed values, left to right. */
export interface PlaceRow {
  values: readonly number[];
  /** Offset to use when nothing decides: the column of the first value. */
  fallbackOffset: number;
}

/** target[col] = Σ parts[col] for every column, blank counting as 0. Indexes into the rows. */
export interface SumConstraint {
  target: number;
  parts: readonly number[];
}

export interface PlacementResult {
  /** Column offset of every row (for full rows 0). */
  offsets: number[];
  /** Rows whose offset no constraint settled (fallback used). */
  undecided: number[];
  /** Constraint index → number of equally good placements (>1: ambiguous; -1: too many to try all). */
  ties: Map<number, number>;
  /** Constraint index → remaining Σ|difference| (in the rows' unit) of the chosen placement. */
  residual: Map<number, number>;
}

/** Above this many combinations for one constraint the fallback offsets are used instead. */
const MAX_COMBINATIONS = 200_000;

/**
 * Places the rows in a table of `columns` columns. Constraints are solved one at a time in the
 * order given (put the totals first); rows fixed by an earlier constraint stay fixed.
 */
export function placeRows(
  rows: readonly PlaceRow[],
  columns: number,
  constraints: readonly SumConstraint[],
): PlacementResult {
  const offsets: (number | null)[] = rows.map((r) => (r.values.length >= columns ? 0 : null));
  const ties = new Map<number, number>();
  const residual = new Map<number, number>();

  constraints.forEach((c, ci) => {
    const members = [c.target, ...c.parts];
    const free = [...new Set(members.filter((m) => offsets[m] === null && rows[m]!.values.length > 0))];
    const choices = free.map((m) => columns - rows[m]!.values.length + 1);
    const total = choices.reduce((a, b) => a * b, 1);
    const exact = exactPlacements(rows, columns, c, free, offsets);
    if (exact) {
      free.forEach((m, i) => (offsets[m] = exact.offsets[i] ?? 0));
      ties.set(ci, exact.count);
      residual.set(ci, 0);
      return;
    }
    if (total > MAX_COMBINATIONS) {
      const r = localSearch(rows, columns, c, free, offsets);
      free.forEach((m, i) => (offsets[m] = r.offsets[i] ?? 0));
      ties.set(ci, -1);
      residual.set(ci, r.cost);
      return;
    }
    // diff[col] = target − Σ parts, kept up to date while the odometer turns one row at a time.
    const sign = (m: number) => (m === c.target ? 1 : 0) - c.parts.filter((p) => p === m).length;
    const diff = new Array<number>(columns).fill(0);
    const add = (m: number, off: number, factor: number) => {
      const vals = rows[m]!.values;
      for (let k = 0; k < vals.length; k++) {
        const col = off + k;
        if (col < columns) diff[col]! += factor * vals[k]!;
      }
    };
    for (const m of new Set(members)) if (!free.includes(m)) add(m, offsets[m] ?? 0, sign(m));
    const signs = free.map(sign);
    free.forEach((m, i) => add(m, 0, signs[i]!));
    let best = Infinity;
    let bestCount = 0;
    let bestOffsets: number[] = [];
    // Among equally good placements the one nearest the fallback offsets wins.
    const fallback = free.map((m, i) => Math.min(rows[m]!.fallbackOffset, choices[i]! - 1));
    let bestDistance = Infinity;
    const counter = new Array<number>(free.length).fill(0);
    for (let n = 0; n < total; n++) {
      let k = 0;
      for (let col = 0; col < columns; col++) k += Math.abs(diff[col]!);
      if (k <= best) {
        let distance = 0;
        for (let i = 0; i < counter.length; i++) distance += Math.abs(counter[i]! - fallback[i]!);
        if (k < best) {
          best = k;
          bestCount = 1;
          bestDistance = distance;
          bestOffsets = [...counter];
        } else {
          bestCount++;
          if (distance < bestDistance) {
            bestDistance = distance;
            bestOffsets = [...counter];
          }
        }
      }
      // Next combination (odometer), moving one row's contribution per turned digit.
      for (let i = 0; i < counter.length; i++) {
        const m = free[i]!;
        add(m, counter[i]!, -signs[i]!);
        counter[i] = counter[i]! + 1;
        if (counter[i]! < choices[i]!) {
          add(m, counter[i]!, signs[i]!);
          break;
        }
        counter[i] = 0;
        add(m, 0, signs[i]!);
      }
    }
    free.forEach((m, i) => (offsets[m] = bestOffsets[i] ?? 0));
    if (free.length > 0) ties.set(ci, bestCount);
    residual.set(ci, best === Infinity ? 0 : best);
  });

  const undecided: number[] = [];
  const final = offsets.map((o, i) => {
    if (o !== null) return o;
    if (rows[i]!.values.length > 0) undecided.push(i);
    return Math.max(0, Math.min(rows[i]!.fallbackOffset, columns - rows[i]!.values.length));
  });
  return { offsets: final, undecided, ties, residual };
}

/**
 * For constraints with too many combinations to try: start from the fallback offsets and move one
 * row at a time while that lowers the difference. The result is consistent with the subtotal when
 * the cost reaches 0, but whether it is the only such placement is not known.
 */
function localSearch(
  rows: readonly PlaceRow[],
  columns: number,
  c: SumConstraint,
  free: number[],
  fixed: readonly (number | null)[],
): { offsets: number[]; cost: number } {
  const offs = free.map((m) =>
    Math.max(0, Math.min(rows[m]!.fallbackOffset, columns - rows[m]!.values.length)),
  );
  const at = (m: number): number => {
    const i = free.indexOf(m);
    return i >= 0 ? offs[i]! : (fixed[m] ?? 0);
  };
  const cost = (): number => {
    let sum = 0;
    for (let col = 0; col < columns; col++) {
      let d = 0;
      const t = rows[c.target]!.values[col - at(c.target)];
      d += t ?? 0;
      for (const p of c.parts) d -= rows[p]!.values[col - at(p)] ?? 0;
      sum += Math.abs(d);
    }
    return sum;
  };
  let best = cost();
  for (let round = 0; round < 50 && best > 0; round++) {
    let improved = false;
    for (let i = 0; i < free.length; i++) {
      let bestO = offs[i]!;
      for (let o = 0; o <= columns - rows[free[i]!]!.values.length; o++) {
        offs[i] = o;
        const k = cost();
        if (k < best) {
          best = k;
          bestO = o;
          improved = true;
        }
      }
      offs[i] = bestO;
    }
    if (!improved) break;
  }
  return { offsets: offs, cost: best };
}

/** Stop counting equally good exact placements beyond this many. */
const MAX_SOLUTIONS = 20;

/**
 * Every placement of the free rows that makes the constraint hold exactly, found column by column:
 * at each column choose which remaining rows start there, so that the column adds up. The column
 * check prunes almost every branch, which makes tables with a dozen short rows cheap. Returns the
 * solution nearest the fallback offsets and how many there are, or null when none is exact.
 */
function exactPlacements(
  rows: readonly PlaceRow[],
  columns: number,
  c: SumConstraint,
  free: number[],
  fixed: readonly (number | null)[],
): { offsets: number[]; count: number } | null {
  const targetFree = free.includes(c.target);
  const parts = free.filter((m) => m !== c.target);
  const fallbackOf = (m: number) =>
    Math.max(0, Math.min(rows[m]!.fallbackOffset, columns - rows[m]!.values.length));
  let count = 0;
  let best: number[] | null = null;
  let bestDistance = Infinity;
  // Work budget: a table with very many short rows falls back to the cheaper searches.
  let budget = MAX_COMBINATIONS;
  const targetOffsets = targetFree
    ? range(columns - rows[c.target]!.values.length + 1)
    : [fixed[c.target] ?? 0];
  for (const tOff of targetOffsets) {
    // need[col] = target − fixed parts: what the free parts must add up to.
    const need = new Array<number>(columns).fill(0);
    const addRow = (m: number, off: number, factor: number) => {
      const vals = rows[m]!.values;
      for (let k = 0; k < vals.length && off + k < columns; k++) need[off + k]! += factor * vals[k]!;
    };
    addRow(c.target, tOff, 1);
    for (const p of c.parts) if (!free.includes(p)) addRow(p, fixed[p] ?? 0, -1);
    const sum = new Array<number>(columns).fill(0);
    const offs = new Array<number>(parts.length).fill(-1);
    const record = () => {
      count++;
      let distance = 0;
      parts.forEach((m, i) => (distance += Math.abs(offs[i]! - fallbackOf(m))));
      if (targetFree) distance += Math.abs(tOff - fallbackOf(c.target));
      if (distance < bestDistance) {
        bestDistance = distance;
        best = free.map((m) => (m === c.target ? tOff : offs[parts.indexOf(m)]!));
      }
    };
    const place = (i: number, off: number, factor: number) => {
      const vals = rows[parts[i]!]!.values;
      for (let k = 0; k < vals.length; k++) sum[off + k]! += factor * vals[k]!;
    };
    const column = (col: number): void => {
      if (count >= MAX_SOLUTIONS) return;
      if (col === columns) {
        record();
        return;
      }
      const open: number[] = [];
      const forced: number[] = [];
      parts.forEach((m, i) => {
        if (offs[i] !== -1) return;
        const last = columns - rows[m]!.values.length;
        if (last === col) forced.push(i);
        else if (last > col) open.push(i);
      });
      for (const i of forced) {
        offs[i] = col;
        place(i, col, 1);
      }
      choose(0, col, open);
      for (const i of forced) {
        place(i, col, -1);
        offs[i] = -1;
      }
    };
    // The open rows that start at `col` (each either does or does not), then the next column when
    // `col` adds up. Beside `column`, not inside it: a closure made per column was a measurable cost.
    const choose = (k: number, col: number, open: number[]): void => {
      if (count >= MAX_SOLUTIONS || --budget < 0) return;
      if (k === open.length) {
        if (sum[col] === need[col]) column(col + 1);
        return;
      }
      const i = open[k]!;
      choose(k + 1, col, open);
      offs[i] = col;
      place(i, col, 1);
      choose(k + 1, col, open);
      place(i, col, -1);
      offs[i] = -1;
    };
    column(0);
  }
  if (budget < 0) return null;
  return best ? { offsets: best, count } : null;
}

function range(n: number): number[] {
  return Array.from({ length: Math.max(0, n) }, (_, i) => i);
}
