// What the simulation draws from: every economy line's range per year (low, likely, high). A line
// with a three-point estimate (`estimate.low` / `estimate.high` in the document) uses it; every
// other line gets the default spread of the proposal's risk level (lav / middel / høj), which the
// finance centre sets in the organisation settings. A proposal that states no level, or one that
// is not lav, middel or høj, gets the organisation's default level, and the risk picture says so.
import type { Economy, Proposal, Warning } from '../model.ts';
import { warning } from '../messages/index.ts';
import type { OrganisationSettings, RiskLevel } from '../process/organisation.ts';

export const RISK_LEVEL_NAMES: Record<RiskLevel, string> = { lav: 'lav', middel: 'middel', hoej: 'høj' };

/** The risk level a proposal states, read from the template's free text ("Lav", "Middel.", "HØJ"). */
export function statedRiskLevel(text: string | null | undefined): RiskLevel | null | 'unknown' {
  if (text === null || text === undefined || text.trim() === '') return null;
  const t = text
    .trim()
    .toLowerCase()
    .replace(/[.:;!]+$/, '');
  if (t === 'lav' || t === 'lille' || t === 'meget lav') return 'lav';
  if (t === 'middel' || t === 'mellem' || t === 'moderat') return 'middel';
  if (t === 'høj' || t === 'hoej' || t === 'stor' || t === 'meget høj') return 'hoej';
  return 'unknown';
}

export interface LevelChoice {
  level: RiskLevel;
  source: 'stated' | 'assumed';
  warning: Warning | null;
}

export function riskLevelOf(p: Proposal, settings: OrganisationSettings): LevelChoice {
  const stated = statedRiskLevel(p.risk?.level);
  const fallback = settings.defaultRiskLevel;
  if (stated === null)
    return {
      level: fallback,
      source: 'assumed',
      warning: warning('risk.level-assumed', { level: RISK_LEVEL_NAMES[fallback] }, { proposalRef: p.ref }),
    };
  if (stated === 'unknown')
    return {
      level: fallback,
      source: 'assumed',
      warning: warning(
        'risk.level-unknown',
        { text: p.risk?.level ?? '', level: RISK_LEVEL_NAMES[fallback] },
        { proposalRef: p.ref },
      ),
    };
  return { level: stated, source: 'stated', warning: null };
}

/**
 * A proposal's economy prepared for drawing, as dense columns (index 0 = the table's first
 * column). Lines on the default spread are summed by sign: all savings move with one draw, all
 * costs (running and implementation) with another. Each line with its own three-point estimate
 * moves with a draw of its own.
 */
export interface RiskModel {
  firstYear: number;
  length: number;
  /** Likely permanent and implementation amounts of the default-spread lines, split by sign. */
  permSaving: Float64Array;
  permCost: Float64Array;
  implSaving: Float64Array;
  implCost: Float64Array;
  /** Multiplier ranges of the two default draws: triangular(min, 1, max). */
  saving: { min: number; max: number };
  cost: { min: number; max: number };
  /** Lines with their own estimate: per column low / likely / high. */
  estimated: Array<{ permanent: boolean; low: Float64Array; likely: Float64Array; high: Float64Array }>;
}

function spreadOf(settings: OrganisationSettings, level: RiskLevel) {
  const s = settings.riskSpreads[level];
  return {
    // A saving v < 0 drawn as v·M: M = 1 − shortfall is the smaller saving, 1 + upside the larger.
    saving: { min: 1 - s.savingShortfall / 100, max: 1 + s.savingUpside / 100 },
    cost: { min: 1 - s.costUnderrun / 100, max: 1 + s.costOverrun / 100 },
  };
}

export function riskModel(
  economy: Economy,
  span: { first: number; last: number },
  level: RiskLevel,
  settings: OrganisationSettings,
): RiskModel {
  const length = span.last - span.first + 1;
  const z = () => new Float64Array(length);
  const m: RiskModel = {
    firstYear: span.first,
    length,
    permSaving: z(),
    permCost: z(),
    implSaving: z(),
    implCost: z(),
    ...spreadOf(settings, level),
    estimated: [],
  };
  for (const line of economy.lines) {
    if (line.outsideTotals === true) continue;
    const permanent = line.section === 'varig';
    if (line.estimate) {
      const low = z();
      const likely = z();
      const high = z();
      for (const [key, v] of Object.entries(line.amounts)) {
        const i = Number(key) - span.first;
        likely[i] = v;
        low[i] = Math.min(v, line.estimate.low[key] ?? v);
        high[i] = Math.max(v, line.estimate.high[key] ?? v);
      }
      m.estimated.push({ permanent, low, likely, high });
      continue;
    }
    for (const [key, v] of Object.entries(line.amounts)) {
      const i = Number(key) - span.first;
      const into = permanent ? (v < 0 ? m.permSaving : m.permCost) : v < 0 ? m.implSaving : m.implCost;
      into[i] = (into[i] as number) + v;
    }
  }
  return m;
}
