// Validation findings: severity, message and the source line. The message states the computed
// ("Beregnet") and printed ("angivet") values in the table's own unit, so they are not repeated
// here in a second unit (issue 16).
import type { Finding } from '../api/types.ts';
import { da } from '../i18n/da.ts';

export function FindingsList({ findings, id }: { findings: Finding[]; id?: string }) {
  if (findings.length === 0) return <p className="ok">{da.proposal.noFindings}</p>;
  return (
    <ul className="findings" id={id}>
      {findings.map((f, i) => (
        <li key={i} className={`finding finding-${f.severity}`}>
          <span className={`sev sev-${f.severity}`}>{da.proposal.severity[f.severity] ?? f.severity}</span>{' '}
          {f.message}
          {f.sourceLine !== null && <span className="src"> · {da.proposal.sourceLine(f.sourceLine)}</span>}
          {f.proposalRef && <span className="src"> · {f.proposalRef}</span>}
        </li>
      ))}
    </ul>
  );
}
