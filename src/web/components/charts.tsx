// Simple SVG charts with Danish labels. Each chart is a <figure> whose data is also a real table:
// visually hidden while the chart shows (screen readers read the table, the SVG is decorative),
// and shown instead of the chart with "Vis som tabel".
import { useState } from 'react';
import type { ReactNode } from 'react';
import { formatAmount } from '../lib/engine.ts';
import { da } from '../i18n/da.ts';

// Colours with at least 3:1 contrast against white (WCAG 1.4.11 non-text contrast).
export const PALETTE = [
  '#1f4e79',
  '#b34700',
  '#2e7d32',
  '#6a1b9a',
  '#ad1457',
  '#00695c',
  '#5d4037',
  '#37474f',
  '#8d6e00',
  '#283593',
];

const W = 640;
const H = 260;
const PAD = { l: 70, r: 16, t: 16, b: 40 };

function Figure({
  id,
  title,
  table,
  children,
}: {
  id: string;
  title: string;
  table: ReactNode;
  children: ReactNode;
}) {
  const [asTable, setAsTable] = useState(false);
  return (
    <figure className="chart" aria-labelledby={`${id}-cap`}>
      <figcaption id={`${id}-cap`}>
        {title}{' '}
        <button type="button" className="link" aria-pressed={asTable} onClick={() => setAsTable((v) => !v)}>
          {asTable ? da.charts.showChart : da.charts.showTable}
        </button>
      </figcaption>
      {!asTable && <div aria-hidden="true">{children}</div>}
      <div className={asTable ? 'table-wrap' : 'sr-only'}>{table}</div>
    </figure>
  );
}

function scale(min: number, max: number, from: number, to: number) {
  const span = max - min || 1;
  return (v: number) => from + ((v - min) / span) * (to - from);
}

function ticks(min: number, max: number, integer = false): number[] {
  const span = max - min || 1;
  const raw = integer ? Math.max(1, span / 4) : span / 4;
  const mag = 10 ** Math.floor(Math.log10(raw));
  const step = [1, 2, 5, 10].map((m) => m * mag).find((s) => s >= raw) ?? raw;
  const out: number[] = [];
  for (let v = Math.ceil(min / step) * step; v <= max; v += step) out.push(v);
  return out;
}

const tkr = (v: number) => formatAmount(Math.round(v / 1000) * 1000, 't.kr');

/** A chart's data as a table: a row per series, a column per year; a blank value stays blank. */
function SeriesTable({
  title,
  legendLabel,
  years,
  series,
}: {
  title: string;
  legendLabel: string;
  years: number[];
  series: { name: string; values: Record<string, number | null> }[];
}) {
  return (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{legendLabel}</th>
          {years.map((y) => (
            <th scope="col" key={y} className="num">
              {y}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {series.map((s) => (
          <tr key={s.name}>
            <th scope="row">{s.name}</th>
            {years.map((y) => {
              const v = s.values[String(y)];
              return (
                <td key={y} className="num">
                  {v === undefined || v === null ? '' : formatAmount(v, 't.kr')}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export interface Series {
  name: string;
  values: Record<string, number>;
}

/** Stacked bars per year: positive parts stack up, negative parts down. */
export function StackedBars({
  id,
  title,
  years,
  series,
  legendLabel = da.round.committee,
}: {
  id: string;
  title: string;
  years: number[];
  series: Series[];
  legendLabel?: string;
}) {
  let lo = 0;
  let hi = 0;
  for (const y of years) {
    let pos = 0;
    let neg = 0;
    for (const s of series) {
      const v = s.values[String(y)] ?? 0;
      if (v > 0) pos += v;
      else neg += v;
    }
    hi = Math.max(hi, pos);
    lo = Math.min(lo, neg);
  }
  const yScale = scale(lo, hi, H - PAD.b, PAD.t);
  const band = (W - PAD.l - PAD.r) / Math.max(1, years.length);
  const table = <SeriesTable title={title} legendLabel={legendLabel} years={years} series={series} />;
  return (
    <Figure id={id} title={title} table={table}>
      <svg viewBox={`0 0 ${W} ${H + 20 * Math.ceil(series.length / 2)}`} className="svg-chart">
        {ticks(lo, hi).map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={yScale(t)} y2={yScale(t)} className="grid" />
            <text x={PAD.l - 6} y={yScale(t) + 4} textAnchor="end">
              {tkr(t)}
            </text>
          </g>
        ))}
        {years.map((y, i) => {
          let up = 0;
          let down = 0;
          const x = PAD.l + i * band + band * 0.15;
          const w = band * 0.7;
          return (
            <g key={y}>
              {series.map((s, j) => {
                const v = s.values[String(y)] ?? 0;
                if (v === 0) return null;
                const from = v > 0 ? up : down;
                const to = from + v;
                if (v > 0) up = to;
                else down = to;
                const y1 = yScale(Math.max(from, to));
                const y2 = yScale(Math.min(from, to));
                return (
                  <rect
                    key={s.name}
                    x={x}
                    y={y1}
                    width={w}
                    height={Math.max(0.5, y2 - y1)}
                    fill={PALETTE[j % PALETTE.length]}
                  />
                );
              })}
              <text x={x + w / 2} y={H - PAD.b + 16} textAnchor="middle">
                {y}
              </text>
            </g>
          );
        })}
        <line x1={PAD.l} x2={W - PAD.r} y1={yScale(0)} y2={yScale(0)} className="axis" />
        {series.map((s, j) => (
          <g
            key={s.name}
            transform={`translate(${PAD.l + (j % 2) * 280}, ${H + 4 + Math.floor(j / 2) * 20})`}
          >
            <rect width={12} height={12} fill={PALETTE[j % PALETTE.length]} />
            <text x={16} y={11}>
              {s.name}
            </text>
          </g>
        ))}
      </svg>
    </Figure>
  );
}

/** Simple bars with a label per bar (counts or amounts). */
export function Bars({
  id,
  title,
  labelHeader,
  valueHeader,
  bars,
  format = String,
  integer = false,
}: {
  id: string;
  title: string;
  labelHeader: string;
  valueHeader: string;
  bars: { label: string; value: number; marker?: number }[];
  format?: (v: number) => string;
  /** Counts: ticks on whole numbers only. */
  integer?: boolean;
}) {
  const hi = Math.max(1, ...bars.map((b) => Math.max(b.value, b.marker ?? 0)));
  const lo = Math.min(0, ...bars.map((b) => b.value));
  const yScale = scale(lo, hi, H - PAD.b, PAD.t);
  const band = (W - PAD.l - PAD.r) / Math.max(1, bars.length);
  const table = (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{labelHeader}</th>
          <th scope="col" className="num">
            {valueHeader}
          </th>
        </tr>
      </thead>
      <tbody>
        {bars.map((b) => (
          <tr key={b.label}>
            <th scope="row">{b.label}</th>
            <td className="num">{format(b.value)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Figure id={id} title={title} table={table}>
      <svg viewBox={`0 0 ${W} ${H}`} className="svg-chart">
        {ticks(lo, hi, integer).map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={yScale(t)} y2={yScale(t)} className="grid" />
            <text x={PAD.l - 6} y={yScale(t) + 4} textAnchor="end">
              {format(t)}
            </text>
          </g>
        ))}
        {bars.map((b, i) => {
          const x = PAD.l + i * band + band * 0.15;
          const w = band * 0.7;
          const y1 = yScale(Math.max(0, b.value));
          const y2 = yScale(Math.min(0, b.value));
          return (
            <g key={b.label}>
              <rect x={x} y={y1} width={w} height={Math.max(0.5, y2 - y1)} fill={PALETTE[0]} />
              {b.marker !== undefined && (
                <line
                  x1={x - 4}
                  x2={x + w + 4}
                  y1={yScale(b.marker)}
                  y2={yScale(b.marker)}
                  className="marker"
                />
              )}
              <text x={x + w / 2} y={H - PAD.b + 16} textAnchor="middle">
                {b.label}
              </text>
            </g>
          );
        })}
        <line x1={PAD.l} x2={W - PAD.r} y1={yScale(0)} y2={yScale(0)} className="axis" />
      </svg>
    </Figure>
  );
}

/** Scatter: one point per proposal. */
export function Scatter({
  id,
  title,
  xLabel,
  yLabel,
  points,
}: {
  id: string;
  title: string;
  xLabel: string;
  yLabel: string;
  points: { label: string; x: number; y: number }[];
}) {
  const xs = points.map((p) => p.x);
  const ys = points.map((p) => p.y);
  // 10 % headroom so points at the maximum are not cut by the frame.
  const xScale = scale(Math.min(0, ...xs), Math.max(1, ...xs) * 1.1, PAD.l, W - PAD.r);
  const yScale = scale(Math.min(0, ...ys), Math.max(1, ...ys) * 1.1, H - PAD.b, PAD.t);
  const table = (
    <table>
      <caption>{title}</caption>
      <thead>
        <tr>
          <th scope="col">{da.round.title}</th>
          <th scope="col" className="num">
            {xLabel}
          </th>
          <th scope="col" className="num">
            {yLabel}
          </th>
        </tr>
      </thead>
      <tbody>
        {points.map((p, i) => (
          <tr key={i}>
            <th scope="row">{p.label}</th>
            <td className="num">{formatAmount(p.x, 't.kr')}</td>
            <td className="num">{formatAmount(p.y, 't.kr')}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
  return (
    <Figure id={id} title={title} table={table}>
      <svg viewBox={`0 0 ${W} ${H + 10}`} className="svg-chart">
        {ticks(Math.min(0, ...ys), Math.max(1, ...ys) * 1.1).map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={yScale(t)} y2={yScale(t)} className="grid" />
            <text x={PAD.l - 6} y={yScale(t) + 4} textAnchor="end">
              {tkr(t)}
            </text>
          </g>
        ))}
        {ticks(Math.min(0, ...xs), Math.max(1, ...xs) * 1.1).map((t) => (
          <text key={t} x={xScale(t)} y={H - PAD.b + 16} textAnchor="middle">
            {tkr(t)}
          </text>
        ))}
        <text x={(W + PAD.l) / 2} y={H + 6} textAnchor="middle" className="axis-label">
          {xLabel}
        </text>
        {points.map((p, i) => (
          <circle key={i} cx={xScale(p.x)} cy={yScale(p.y)} r={5} fill={PALETTE[i % PALETTE.length]} />
        ))}
      </svg>
    </Figure>
  );
}

/**
 * Bars side by side per year, one per series (planned beside realised). A blank value draws no bar
 * and shows blank in the table: a blank is not zero.
 */
export function GroupedBars({
  id,
  title,
  years,
  series,
  legendLabel,
}: {
  id: string;
  title: string;
  years: number[];
  series: { name: string; values: Record<string, number | null> }[];
  legendLabel: string;
}) {
  const all = series.flatMap((s) => years.map((y) => s.values[String(y)] ?? 0));
  const lo = Math.min(0, ...all);
  const hi = Math.max(1, ...all);
  const yScale = scale(lo, hi, H - PAD.b, PAD.t);
  const band = (W - PAD.l - PAD.r) / Math.max(1, years.length);
  const barW = (band * 0.7) / Math.max(1, series.length);
  const table = <SeriesTable title={title} legendLabel={legendLabel} years={years} series={series} />;
  return (
    <Figure id={id} title={title} table={table}>
      <svg viewBox={`0 0 ${W} ${H + 24}`} className="svg-chart">
        {ticks(lo, hi).map((t) => (
          <g key={t}>
            <line x1={PAD.l} x2={W - PAD.r} y1={yScale(t)} y2={yScale(t)} className="grid" />
            <text x={PAD.l - 6} y={yScale(t) + 4} textAnchor="end">
              {tkr(t)}
            </text>
          </g>
        ))}
        {years.map((y, i) => {
          const x0 = PAD.l + i * band + band * 0.15;
          return (
            <g key={y}>
              {series.map((s, j) => {
                const v = s.values[String(y)];
                if (v === undefined || v === null) return null;
                const y1 = yScale(Math.max(0, v));
                const y2 = yScale(Math.min(0, v));
                return (
                  <rect
                    key={s.name}
                    x={x0 + j * barW}
                    y={y1}
                    width={barW * 0.92}
                    height={Math.max(0.5, y2 - y1)}
                    fill={PALETTE[j % PALETTE.length]}
                  />
                );
              })}
              <text x={x0 + (band * 0.7) / 2} y={H - PAD.b + 16} textAnchor="middle">
                {y}
              </text>
            </g>
          );
        })}
        <line x1={PAD.l} x2={W - PAD.r} y1={yScale(0)} y2={yScale(0)} className="axis" />
        {series.map((s, j) => (
          <g key={s.name} transform={`translate(${PAD.l + j * 200}, ${H + 6})`}>
            <rect width={12} height={12} fill={PALETTE[j % PALETTE.length]} />
            <text x={16} y={11}>
              {s.name}
            </text>
          </g>
        ))}
      </svg>
    </Figure>
  );
}
