// Every export format gives the same bytes for the same document and creation time, whatever the
// clock says when it is made: a decision snapshot exported today and in a year is the same file.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { EXPORT_FORMATS, exportDocument } from '../src/formats/export.ts';
import { sampleDocument } from './export-fixture.ts';

afterEach(() => {
  vi.useRealTimers();
});

describe('reproducible exports', () => {
  it.each(EXPORT_FORMATS)('%s: the same bytes a year later', async (format) => {
    const doc = sampleDocument(3);
    const created = new Date('2026-12-07T10:00:00Z');
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2026-12-07T10:00:03Z'));
    const today = Buffer.from(await exportDocument(doc, format, { created, subtitle: 'Budget 2027' }));
    vi.setSystemTime(new Date('2027-12-24T18:31:17Z'));
    const later = Buffer.from(await exportDocument(doc, format, { created, subtitle: 'Budget 2027' }));
    expect(later.equals(today)).toBe(true);
  });
});
