// Every part of the current (2026) template the rules check, in the editor: Berørte forvaltninger,
// the innovation field, Beskrivelse and the other text sections, Opfølgningsmål (four columns),
// Risikovurdering, Hvem er hørt (Center for Økonomi's approval and the bodies consulted) and the
// partners. Edits go straight into the proposal being edited; the validation rules (missing parts,
// placeholders, consultations) run on them live, so a warning can be cleared where it is raised.
import { useState } from 'react';
import type { Consultation, FollowUpTarget, Proposal, TextSection } from '../../core/model.ts';
import type { MasterData } from '../api/types.ts';
import { da } from '../i18n/da.ts';

const TEMPLATE_SECTIONS = ['Beskrivelse', 'Implementering og opfølgning'];
const RISK_LEVELS = ['Lav', 'Middel', 'Høj'];
/** Bodies the templates name for "Hvem er hørt" (domain.md §5), offered in the list. */
const BODIES = [
  'Center for Økonomi',
  'IT-kredsen',
  'Koncern IT',
  'HR-kredsen',
  'MED-udvalg',
  'Ejendomsfaglig vurdering (Københavns Ejendomme)',
  'Velfærdsanalytisk vurdering',
];

/** A section stands for a template heading when its own heading begins with it ("Beskrivelse af forslag"). */
function covers(heading: string, template: string): boolean {
  return heading.trim().toLowerCase().startsWith(template.toLowerCase());
}

export function TemplateFields({
  proposal,
  masterData,
  onChange,
}: {
  proposal: Proposal;
  masterData: MasterData | null;
  onChange: (patch: Partial<Proposal>) => void;
}) {
  const sections: TextSection[] = [...proposal.sections];
  for (const heading of TEMPLATE_SECTIONS) {
    if (!sections.some((s) => covers(s.heading, heading)))
      sections.push({ heading, text: '', sourceLine: null });
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

  const consultations = proposal.consultations;
  const setConsultation = (i: number, patch: Partial<Consultation>) =>
    onChange({ consultations: consultations.map((c, j) => (j === i ? { ...c, ...patch } : c)) });
  const affected = new Set(
    proposal.affectedAdministrations.filter((a) => a.checked).map((a) => a.administration),
  );
  const presenting = new Set(proposal.presentingAdministrations);

  return (
    <>
      <h2 id="h-edit-affected">{da.proposal.affected}</h2>
      <fieldset className="checks" aria-labelledby="h-edit-affected">
        <legend className="sr-only">{da.proposal.affected}</legend>
        {(masterData?.administrations ?? [])
          .filter((a) => a.parent === null && !presenting.has(a.id))
          .map((a) => (
            <label key={a.id} className="check">
              <input
                type="checkbox"
                checked={affected.has(a.id)}
                onChange={(e) => {
                  const rest = proposal.affectedAdministrations.filter((x) => x.administration !== a.id);
                  onChange({
                    affectedAdministrations: e.target.checked
                      ? [...rest, { administration: a.id, checked: true }]
                      : rest,
                  });
                }}
              />{' '}
              {a.name}
            </label>
          ))}
      </fieldset>

      <div className="form wide">
        <label htmlFor="f-innovation">{da.proposal.innovation}</label>
        <select
          id="f-innovation"
          value={proposal.innovationOrigin === null ? '' : proposal.innovationOrigin ? 'ja' : 'nej'}
          onChange={(e) =>
            onChange({ innovationOrigin: e.target.value === '' ? null : e.target.value === 'ja' })
          }
        >
          <option value="">{da.editor.notStated}</option>
          <option value="ja">{da.yes}</option>
          <option value="nej">{da.no}</option>
        </select>
      </div>

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

      <h2 id="h-edit-consult">{da.proposal.consultations}</h2>
      <p className="hint">{da.editor.consultationsHelp}</p>
      <div className="table-wrap">
        <table aria-labelledby="h-edit-consult">
          <thead>
            <tr>
              <th scope="col">{da.editor.body}</th>
              <th scope="col">{da.editor.answer}</th>
              <th scope="col">{da.proposal.date}</th>
              <th scope="col">{da.editor.remark}</th>
              <th scope="col">
                <span className="sr-only">{da.proposal.actions}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {consultations.map((c, i) => (
              <tr key={i}>
                <td>
                  <input
                    aria-label={da.editor.bodyOf(i + 1)}
                    list="known-bodies"
                    value={c.body}
                    onChange={(e) => setConsultation(i, { body: e.target.value })}
                  />
                </td>
                <td>
                  <select
                    aria-label={da.editor.answerOf(i + 1)}
                    value={c.answer ?? ''}
                    onChange={(e) =>
                      setConsultation(i, {
                        answer: e.target.value === '' ? null : (e.target.value as 'ja' | 'nej'),
                      })
                    }
                  >
                    <option value="">{da.editor.notStated}</option>
                    <option value="ja">{da.yes}</option>
                    <option value="nej">{da.no}</option>
                  </select>
                </td>
                <td>
                  <input
                    type="date"
                    aria-label={da.editor.dateOf(i + 1)}
                    value={c.date ?? ''}
                    onChange={(e) =>
                      setConsultation(i, { date: e.target.value === '' ? null : e.target.value })
                    }
                  />
                </td>
                <td>
                  <input
                    aria-label={da.editor.remarkOf(i + 1)}
                    value={c.text ?? ''}
                    onChange={(e) =>
                      setConsultation(i, { text: e.target.value === '' ? null : e.target.value })
                    }
                  />
                </td>
                <td>
                  <button
                    type="button"
                    className="icon danger"
                    aria-label={da.editor.removeConsultation(i + 1)}
                    onClick={() => onChange({ consultations: consultations.filter((_, j) => j !== i) })}
                  >
                    ✕
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <datalist id="known-bodies">
        {BODIES.map((b) => (
          <option key={b} value={b} />
        ))}
      </datalist>
      <button
        type="button"
        onClick={() =>
          onChange({
            consultations: [
              ...consultations,
              {
                body: consultations.length === 0 ? 'Center for Økonomi' : '',
                answer: null,
                date: null,
                text: null,
                sourceLine: null,
              },
            ],
          })
        }
      >
        {da.editor.addConsultation}
      </button>

      <div className="form wide">
        <label htmlFor="f-partners">{da.proposal.partners}</label>
        <PartnersField partners={proposal.partners} onChange={(partners) => onChange({ partners })} />
        <p id="f-partners-help" className="hint">
          {da.editor.partnersHelp}
        </p>
      </div>
    </>
  );
}

/** One partner per line; the text stays as typed (an empty line while typing), the list without blanks. */
function PartnersField({ partners, onChange }: { partners: string[]; onChange: (p: string[]) => void }) {
  const [text, setText] = useState(partners.join('\n'));
  return (
    <textarea
      id="f-partners"
      rows={3}
      aria-describedby="f-partners-help"
      value={text}
      onChange={(e) => {
        setText(e.target.value);
        onChange(
          e.target.value
            .split('\n')
            .map((x) => x.trim())
            .filter((x) => x !== ''),
        );
      }}
    />
  );
}
