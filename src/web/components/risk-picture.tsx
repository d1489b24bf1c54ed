// The risk picture of one proposal: the probability of paying back within the guideline and
// P10/P50/P90 of the NPV and of the full effect, computed by core's Monte Carlo simulation in a
// Web Worker. Live in the editor: recomputed (debounced) whenever the proposal changes.
import { useEffect, useState } from 'react';
import type { Proposal } from '../../core/model.ts';
import type { OrganisationSettings } from '../../core/process/organisation.ts';
import type { ProposalRisk } from '../../core/risk/monte-carlo.ts';
import { poolApi } from '../api/pool.ts';
import { daPool } from '../i18n/da-pool.ts';
import { formatAmount } from '../lib/engine.ts';
import { simulateInWorker } from '../lib/risk-client.ts';

let settingsOnce: Promise<OrganisationSettings> | null = null;
const settings = () => (settingsOnce ??= poolApi.organisation().then((o) => o.settings));

const kr = (v: number) => formatAmount(v, 'kr');
/** A probability (0–1) as a Danish percentage with at most one decimal: "87,5 %". */
export const pct = (v: number) => `${(v * 100).toLocaleString('da-DK', { maximumFractionDigits: 1 })} %`;

export function RiskPicture({ proposal, live = false }: { proposal: Proposal; live?: boolean }) {
  const t = daPool.risk;
  const [risk, setRisk] = useState<ProposalRisk | null | undefined>(undefined);
  const [error, setError] = useState<string | null>(null);
  const key = JSON.stringify([proposal.risk?.level ?? null, proposal.economy]);
  useEffect(() => {
    let gone = false;
    const timer = setTimeout(
      () => {
        settings()
          .then((s) => simulateInWorker([proposal], s))
          .then(({ result }) => {
            if (!gone) {
              setRisk(result.proposals[0] ?? null);
              setError(null);
            }
          })
          .catch((e: unknown) => {
            if (!gone) setError(e instanceof Error ? e.message : String(e));
          });
      },
      live ? 300 : 0,
    );
    return () => {
      gone = true;
      clearTimeout(timer);
    };
  }, [key, live]);

  return (
    <section aria-labelledby="h-risk-picture" className="risk-picture" data-testid="risk-picture">
      <h2 id="h-risk-picture">{t.title}</h2>
      <div aria-live="polite">
        {error ? (
          <p className="error">{error}</p>
        ) : risk === undefined ? (
          <p>{t.computing}</p>
        ) : risk === null ? (
          <p>{t.none}</p>
        ) : (
          <>
            <p className="hint">{t.intro(risk.draws)}</p>
            <dl className="risk-facts">
              <dt>{t.level}</dt>
              <dd data-testid="risk-level">
                {t.levels[risk.level] ?? risk.level} {risk.levelSource === 'assumed' ? t.assumed : ''}
              </dd>
              <dt>{t.payback(risk.guidelineYears)}</dt>
              <dd data-testid="risk-payback">{pct(risk.paybackWithinGuideline)}</dd>
            </dl>
            <div className="table-wrap">
              <table>
                <caption className="sr-only">{t.title}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t.title}</th>
                    <th scope="col" className="num">
                      {t.p10}
                    </th>
                    <th scope="col" className="num">
                      {t.p50}
                    </th>
                    <th scope="col" className="num">
                      {t.p90}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  <tr data-testid="risk-npv">
                    <th scope="row">{t.npv} (kr.)</th>
                    <td className="num">{kr(risk.npv.p10)}</td>
                    <td className="num">{kr(risk.npv.p50)}</td>
                    <td className="num">{kr(risk.npv.p90)}</td>
                  </tr>
                  <tr>
                    <th scope="row">{t.fullEffect} (kr.)</th>
                    <td className="num">{kr(risk.fullEffect.p10)}</td>
                    <td className="num">{kr(risk.fullEffect.p50)}</td>
                    <td className="num">{kr(risk.fullEffect.p90)}</td>
                  </tr>
                </tbody>
              </table>
            </div>
            <p className="hint">{t.estimated(risk.estimatedLines)}</p>
            {risk.warnings.map((w) => (
              <p key={w.code ?? w.message} className="hint">
                {w.message}
              </p>
            ))}
          </>
        )}
      </div>
    </section>
  );
}
