// Page banners the PDF repeats at the top of every page ("Overførselssagen 2024-2025" over
// "Investeringsforslag", "Budget 2026" over "Effektiviseringsforslag", sometimes with a page
// number "5/6"). They interrupt sentences and tables and must be skipped, but they also tell
// which decision vehicle and which kind of proposal the page belongs to.
import { firstNonBlank, squash, squashLine } from './letter-spacing.ts';

export interface Banner {
  /** "Overførselssagen 2024-2025" or "Budget 2026" as printed, without a page number. */
  vehicle: string;
  /** The kind word under it, when present. */
  kindWord: 'investeringsforslag' | 'effektiviseringsforslag' | 'innovationsforslag' | null;
  /** Number of lines the banner occupies (1 or 2). */
  lines: number;
}

const VEHICLE = /^(overførselssagen\d{4}-\d{4}|budget\d{4})(\d+\/\d+)?$/;
const KIND = /^(investeringsforslag|effektiviseringsforslag|innovationsforslag)$/;

/** The vehicle line of a banner ("Overførselssagen 2024-2025 5/6"), or null. */
export function bannerVehicle(text: string): string | null {
  return vehicleOf(squash(text));
}

function vehicleOf(s: string): string | null {
  if (s.length < 10 || s.length > 40) return null;
  const m = VEHICLE.exec(s);
  if (!m) return null;
  const v = m[1] ?? '';
  return v.startsWith('budget')
    ? `Budget ${v.slice(6)}`
    : `Overførselssagen ${v.slice('overførselssagen'.length)}`;
}

/** The banner starting at `lines[i]`, or null. Only the next line can carry the kind word. */
export function bannerAt(lines: readonly { text: string }[], i: number): Banner | null {
  const line = lines[i];
  if (!line) return null;
  // Cheap filter before squashing: a banner starts with "Overførselssagen" or "Budget".
  const c = firstNonBlank(line.text);
  if (c !== 'O' && c !== 'B') return null;
  const vehicle = vehicleOf(squashLine(line));
  if (!vehicle) return null;
  const next = lines[i + 1];
  const k = next ? KIND.exec(squashLine(next)) : null;
  return {
    vehicle,
    kindWord: k ? (k[1] as Banner['kindWord']) : null,
    lines: k ? 2 : 1,
  };
}
