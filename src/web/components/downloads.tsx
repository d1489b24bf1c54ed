// Download links for the server's exports (docs/api.md: GET …/export?format=…). Plain links: the
// session cookie goes with them, and the browser saves the file under the server's file name.
import type { ReactNode } from 'react';
import { da } from '../i18n/da.ts';

const FORMATS = ['pdf', 'docx', 'xlsx', 'kvantum-csv', 'csv', 'json'] as const;

export function Downloads({
  path,
  label,
  formats = FORMATS,
  children,
}: {
  path: string;
  label: string;
  /** The formats offered (the follow-up report: xlsx, pdf, docx). */
  formats?: readonly (typeof FORMATS)[number][];
  /** Links shown after the downloads. */
  children?: ReactNode;
}) {
  return (
    <nav className="downloads" aria-label={label}>
      <span>{da.downloads.title}:</span>{' '}
      {formats.map((f, i) => (
        <span key={f}>
          {i > 0 && ' · '}
          <a href={`${path}?format=${f}`} download>
            {da.downloads.formats[f]}
          </a>
        </span>
      ))}
      {children}
    </nav>
  );
}
