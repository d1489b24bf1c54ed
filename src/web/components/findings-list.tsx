// Validation findings: severity, message, expected/found and the source line.
import type { Finding } from '../api/types.ts';
import { formatAmount } from '../lib/engine.ts';
import { da } from '../i18n/da.ts';

function show(rule: string, v: unknown): string {
  if (v === null || v === undefined) return da.none;
  // Payback rules compare years; every other numeric expected/found is kroner (the contract).
  if (typeof v === 'number' && rule.startsWith('payback')) return da.years(v);
  if (typeof v === 'number' && Number.isSafeInteger(v)) return `${formatAmount(v, 'kr')} kr.`;
  return typeof v === 'string' ? v : JSON.stringify(v);
}

export function FindingsList({ findings, id }: { findings: Finding[]; id?: string }) {
  if (findings.length === 0) return <p className="ok">{da.proposal.noFindings}</p>;
  return (
    <ul className="findings" id={id}>
      {findings.map((f, i) => (
        <li key={i} className={`finding finding-${f.severity}`}>
          <span className={`sev sev-${f.severity}`}>{da.proposal.severity[f.severity] ?? f.severity}</span>{' '}
          {f.message}
          {(f.expected !== null || f.found !== null) && (
            <span className="ef">
              {' '}
              ({da.proposal.expected}: {show(f.rule, f.expected)}; {da.proposal.found}:{' '}
              {show(f.rule, f.found)})
            </span>
          )}
          {f.sourceLine !== null && <span className="src"> · {da.proposal.sourceLine(f.sourceLine)}</span>}
          {f.proposalRef && <span className="src"> · {f.proposalRef}</span>}
        </li>
      ))}
    </ul>
  );
}
