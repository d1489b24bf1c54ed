// poppler's pdftotext for tests that feed the reader what a user's conversion gives: the text
// exactly as pdftotext writes it (form feeds between pages included), never cleaned.
import { execFileSync } from 'node:child_process';

/**
 * Whether pdftotext is installed. Under CI it must be (throws); elsewhere a missing one prints a
 * visible notice naming what is skipped.
 */
export function hasPdftotext(skipped: string): boolean {
  try {
    execFileSync('pdftotext', ['-v'], { stdio: 'ignore' });
    return true;
  } catch {
    if (process.env.CI === 'true') throw new Error('pdftotext (poppler-utils) is required under CI');
    console.warn(
      `\n*** NOTICE: pdftotext not installed (apt-get install poppler-utils); ${skipped} SKIPPED. ***\n`,
    );
    return false;
  }
}

/** The text of the PDF at `pdfPath` as `pdftotext [-layout] -enc UTF-8` writes it. */
export function pdftotext(pdfPath: string, layout: boolean): string {
  return execFileSync('pdftotext', [...(layout ? ['-layout'] : []), '-enc', 'UTF-8', pdfPath, '-'], {
    encoding: 'utf8',
    maxBuffer: 1 << 28,
  });
}
