// The text parts of the current (2026) template in the editor: Beskrivelse and the other text
// sections, Opfølgningsmål (four columns) and Risikovurdering. Edits go straight into the
// proposal being edited; the validation rules (missing sections, placeholders) run on them live.
import type { FollowUpTarget, Proposal, TextSection } from '../../core/model.ts';
import { da } from '../i18n/da.ts';

const TEMPLATE_SECTIONS = ['Beskrivelse', 'Implementering og opfølgning'];
const RISK_LEVELS = ['Lav', 'Middel', 'Høj'];

export function TemplateFields({
  proposal,
  onChange,
}: {
  proposal: Proposal;
  onChange: (patch: Partial<Proposal>) => void;
}) {
  const sections: TextSection[] = [...proposal.sections];
  for (const heading of TEMPLATE_SECTIONS) {
    if (!sections.some((s) => s.heading === heading)) sections.push({ heading, text: '', sourceLine: null });
  }
  const setSection = (i: number, text: string) => {
    const next = sections
      .map((s, j) => (j === i ? { ...s, text } : s))
      .filter((s) => s.text !== '' || proposal.sections.some((p) => p.heading === s.heading));
    onChange({ sections: next });
  };
  const follow = proposal.followUp;
  const setFollow = (i: number, patch: Partial<FollowUpTarget>) =>
    onChange({ followUp: follow.map((f, j) => (j === i ? { ...f, ...patch } : f)) });
  const risk = proposal.risk ?? { level: null, text: '', sourceLine: null };

  return (
    <>
      <h2>{da.editor.texts}</h2>
      <div className="form wide">
        {sections.map((s, i) => (
          <div key={s.heading + String(i)}>
            <label htmlFor={`sec-${i}`}>{s.heading}</label>
            <textarea
              id={`sec-${i}`}
              rows={4}
              value={s.text}
              onChange={(e) => setSection(i, e.target.value)}
            />
          </div>
        ))}
      </div>

      <h2 id="h-edit-follow">{da.proposal.followUp}</h2>
      <div className="table-wrap">
        <table aria-labelledby="h-edit-follow">
          <thead>
            <tr>
              <th scope="col">{da.proposal.followUpTarget}</th>
              <th scope="col">{da.proposal.followUpMeasure}</th>
              <th scope="col">{da.proposal.followUpResponsible}</th>
              <th scope="col">{da.proposal.followUpWhen}</th>
              <th scope="col">
                <span className="sr-only">{da.proposal.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {follow.map((f, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={`${da.proposal.followUpTarget} ${i + 1}`}
                    value={f.target}
                    onChange={(e) => setFollow(i, { target: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${da.proposal.followUpMeasure} ${i + 1}`}
                    value={f.measure}
                    onChange={(e) => setFollow(i, { measure: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${da.proposal.followUpResponsible} ${i + 1}`}
                    value={f.responsible}
                    onChange={(e) => setFollow(i, { responsible: e.target.value })}
                  />
                </td>
                <td>
                  <input
                    aria-label={`${da.proposal.followUpWhen} ${i + 1}`}
                    value={f.when}
                    onChange={(e) => setFollow(i, { when: e.target.value })}
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="icon danger"
                    aria-label={da.editor.removeFollowUp(i + 1)}
                    onClick={() => onChange({ followUp: follow.filter((_, j) => j !== i) })}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <button
        type="button"
        onClick={() =>
          onChange({
            followUp: [
              ...follow,
              { group: null, target: '', measure: '', responsible: '', when: '', sourceLine: null },
            ],
          })
        }
      >
        {da.editor.addFollowUp}
      </button>

      <h2>{da.proposal.risk}</h2>
      <div className="form wide">
        <label htmlFor="risk-level">{da.proposal.riskLevel}</label>
        <select
          id="risk-level"
          value={risk.level ?? ''}
          onChange={(e) => onChange({ risk: { ...risk, level: e.target.value || null } })}
        >
          <option value="">{da.none}</option>
          {[...new Set([...RISK_LEVELS, ...(risk.level ? [risk.level] : [])])].map((l) => (
            <option key={l} value={l}>
              {l}
            </option>
          ))}
        </select>
        <label htmlFor="risk-text">{da.editor.riskText}</label>
        <textarea
          id="risk-text"
          rows={3}
          value={risk.text}
          onChange={(e) =>
            onChange({
              risk: e.target.value === '' && risk.level === null ? null : { ...risk, text: e.target.value },
            })
          }
        />
      </div>
    </>
  );
}
