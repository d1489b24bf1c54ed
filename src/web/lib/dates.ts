// One way to show dates and times in the web app, the way Danish letters write them: "1. marts
// 2027" and "6. december 2026 kl. 21.46" (local time). The month names are core's.
import { DANISH_MONTHS, formatDanishDate } from '../../core/danish-dates.ts';

/** A date (yyyy-mm-dd) as "1. marts 2027"; the text as given when it is not such a date. */
export function formatDate(iso: string): string {
  return formatDanishDate(iso) ?? iso;
}

/** A moment (ISO timestamp) as "6. december 2026 kl. 21.46" in the browser's time zone. */
export function formatTimestamp(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getDate()}. ${DANISH_MONTHS[d.getMonth()] ?? ''} ${d.getFullYear()} kl. ${pad(d.getHours())}.${pad(d.getMinutes())}`;
}
