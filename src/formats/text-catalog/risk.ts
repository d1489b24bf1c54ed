// Risikovurdering: the section's text and the level it names. The 2026 template starts the text
// with the level ("Lav til middel. …"); older proposals state it in a sentence ("Den samlede risiko
// vurderes som lav").
import type { Risk, TextSection } from '../../core/model.ts';
import { squash } from './letter-spacing.ts';

const LEADING_LEVELS: [string, string][] = [
  ['lavtilmiddel', 'Lav til middel'],
  ['middeltilhøj', 'Middel til høj'],
  ['lav', 'Lav'],
  ['middel', 'Middel'],
  ['mellem', 'Mellem'],
  ['høj', 'Høj'],
];

const STATED =
  /\brisiko(?:en)?\s+(?:vurderes\s+(?:at\s+være\s+|som\s+)?|er\s+)(lav til middel|middel til høj|lav|middel|mellem|høj)\b/i;

const LEVEL = /\b(lav til middel|middel til høj|lav-middel|lav|lille|middel|moderat|høj|stor)\b/i;

function capitalise(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

/** The risk of a "Risikovurdering" section: its text and the level word, where one is stated. */
export function readRisk(section: TextSection): Risk {
  return { level: riskLevel(section.text), text: section.text, sourceLine: section.sourceLine };
}

export function riskLevel(text: string): string | null {
  // Matched on squashed text: the level word is often letter-spaced ("Lav til m idde l").
  const head = squash(text.slice(0, 40));
  const leading = LEADING_LEVELS.find(([w]) => head.startsWith(w) && !/^[a-zæøå]/.test(head.slice(w.length)));
  if (leading) return leading[1];
  const stated = STATED.exec(text);
  if (stated) return capitalise(stated[1] ?? '');
  // A sentence about the (overall) risk that names a level.
  const sentences = text.split(/(?<=[.!?])\s+|\n+/);
  const candidates = sentences.filter(
    (s) =>
      /risiko/i.test(s) &&
      /vurder|anses|samlede? risiko|er (?:relativt )?(?:lav|lille|høj)/i.test(s) &&
      LEVEL.test(s),
  );
  const chosen = candidates.find((s) => /samlede? risiko/i.test(s)) ?? candidates[candidates.length - 1];
  const word = chosen ? (LEVEL.exec(chosen)?.[1] ?? null) : null;
  return word ? capitalise(word) : null;
}
