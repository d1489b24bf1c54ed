// What is due this quarter and what is overdue (GET /api/follow-up/due), per administration, with
// the responsible the target names. An author sees their own administration first; anyone may
// choose another or all.
import { useState } from 'react';
import { followUpApi } from '../api/follow-up.ts';
import { ErrorNotice, Loading } from '../components/status.tsx';
import { da } from '../i18n/da.ts';
import { daFollowUp as t } from '../i18n/da-followup.ts';
import { formatDate } from '../lib/dates.ts';
import { useMasterData } from '../lib/master-data.ts';
import { href } from '../lib/router.ts';
import { useSession } from '../lib/session.tsx';
import { useAsync } from '../lib/use-async.ts';

export function DuePage() {
  const { user } = useSession();
  const md = useMasterData();
  const [administration, setAdministration] = useState(
    user?.role === 'forfatter' ? (user.administration ?? '') : '',
  );
  const data = useAsync(() => followUpApi.due(administration || undefined), [administration]);

  return (
    <article aria-labelledby="due-title">
      <p className="crumbs">
        <a href={href('/opfoelgning')}>{t.nav}</a>
      </p>
      <h1 id="due-title">{t.due.title}</h1>
      {data.data && (
        <p className="hint">
          {t.due.intro(formatDate(data.data.quarter.from), formatDate(data.data.quarter.to))}
        </p>
      )}
      <div className="form grid2">
        <label htmlFor="due-administration">{t.due.administration}</label>
        <select
          id="due-administration"
          value={administration}
          onChange={(e) => setAdministration(e.target.value)}
        >
          <option value="">{t.due.all}</option>
          {(md?.administrations ?? []).map((a) => (
            <option key={a.id} value={a.id}>
              {a.id} – {a.name}
            </option>
          ))}
        </select>
      </div>
      {data.error && <ErrorNotice error={data.error} />}
      {!data.data && !data.error && <Loading />}
      {data.data && data.data.administrations.length === 0 && <p>{t.due.none}</p>}
      {data.data?.administrations.map((a) => (
        <section key={a.administration ?? ''} aria-labelledby={`due-${a.administration ?? 'none'}`}>
          <h2 id={`due-${a.administration ?? 'none'}`}>
            {a.administration === null
              ? t.due.noAdministration
              : `${a.administration} – ${md?.administrations.find((x) => x.id === a.administration)?.name ?? ''}`}
          </h2>
          <div className="table-wrap">
            <table data-testid="due-list">
              <thead>
                <tr>
                  <th scope="col">{t.page.due}</th>
                  <th scope="col">{t.page.status}</th>
                  <th scope="col">{t.due.proposal}</th>
                  <th scope="col">{t.page.target}</th>
                  <th scope="col">{t.page.responsible}</th>
                  <th scope="col">{t.due.round}</th>
                </tr>
              </thead>
              <tbody>
                {a.items.map((i) => (
                  <tr key={`${i.proposalId}-${i.targetIndex}-${i.due}`}>
                    <td>
                      {formatDate(i.due)}
                      {i.recurrence && <> ({t.recurrence[i.recurrence]})</>}
                    </td>
                    <td>
                      <span className={`badge badge-fu-${i.state}`}>{t.state[i.state]}</span>
                    </td>
                    <td>
                      <a href={href(`/forslag/${i.proposalId}/opfoelgning`)}>
                        {i.ref} {i.title}
                      </a>
                    </td>
                    <td>{i.target}</td>
                    <td>{i.responsible || da.none}</td>
                    <td>{i.roundName}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ))}
    </article>
  );
}
