// Download links for the server's exports (docs/api.md: GET …/export?format=…). Plain links: the
// session cookie goes with them, and the browser saves the file under the server's file name.
import { da } from '../i18n/da.ts';

const FORMATS = ['pdf', 'docx', 'xlsx', 'kvantum-csv', 'csv', 'json'] as const;

export function Downloads({ path, label }: { path: string; label: string }) {
  return (
    <nav className="downloads" aria-label={label}>
      <span>{da.downloads.title}:</span>{' '}
      {FORMATS.map((f, i) => (
        <span key={f}>
          {i > 0 && ' · '}
          <a href={`${path}?format=${f}`} download>
            {da.downloads.formats[f]}
          </a>
        </span>
      ))}
    </nav>
  );
}
