import { describe, expect, it } from 'vitest';
import type { Warning } from '../../core/model.ts';
import {
  firstDate,
  headingOf,
  readAffected,
  readConsultations,
  readFollowUp,
  readInnovation,
  readRisk,
} from './tab-table-parts.ts';
import { splitLines } from './index.ts';
import { toRow } from './tab-table.ts';

// The lines as the reader gets them: converter marks (HTML checkboxes …) undone.
const lines = splitLines;
const rows = (text: string) =>
  lines(text)
    .filter((l) => l.text.includes('\t'))
    .map(toRow);

describe('firstDate', () => {
  it('reads the date forms of the consultation tables', () => {
    expect(firstDate('28-05-2020')).toBe('2020-05-28');
    expect(firstDate('ØKF har godkendt d. 9. februar 2024.')).toBe('2024-02-09');
    expect(firstDate('godkendt i Center for Økonomi 9/6 2020')).toBe('2020-06-09');
    expect(firstDate('Planlagt: 18. marts 2024 - prægodkendt. 2. april 2024')).toBe('2024-03-18');
    expect(firstDate('Godkendt d. 25. oktober.')).toBeNull();
    expect(firstDate('31-02-2020')).toBeNull();
    expect(firstDate('29-02-2024')).toBe('2024-02-29');
  });
});

describe('headingOf', () => {
  it('matches headings by name whatever their number or case', () => {
    expect(headingOf('1.11 RISIKOVURDERING')).toBe('Risikovurdering');
    expect(headingOf('4. Risikovurdering')).toBe('Risikovurdering');
    expect(headingOf('1.1. Hvem er hørt?')).toBe('Hvem er hørt');
    expect(headingOf('1. Effektivisering ved administration af ferie i Koncernservice')).toBeNull();
    expect(headingOf('Risikovurdering\tx')).toBeNull();
  });
});

describe('readFollowUp', () => {
  it('keeps group rows and joins a row wrapped over two lines', () => {
    const r = rows(
      [
        'Opfølgningsmål\tHvordan måles opfølgningsmålet?\tHvem er ansvarlig for opfølgning?\tHvornår gennemføres opfølgningen?',
        'Implementering og anvendelse af investeringsmidler\t\t\t',
        'Skilte opsat\tSkilte tælles\tKEJD\tUltimo 2024',
        'Realisering af effektiviseringer\t\t\t',
        '10 møder pr. måned (dvs. hvor en konkret\tRegistrering\tProjektleder\tKvartalsvis',
        'borgersag drøftes).\t\t\t',
        '------\t----\t--\t----',
      ].join('\n'),
    );
    expect(readFollowUp(r)).toEqual([
      {
        group: 'Implementering og anvendelse af investeringsmidler',
        target: 'Skilte opsat',
        measure: 'Skilte tælles',
        responsible: 'KEJD',
        when: 'Ultimo 2024',
        sourceLine: 3,
      },
      {
        group: 'Realisering af effektiviseringer',
        target: '10 møder pr. måned (dvs. hvor en konkret borgersag drøftes).',
        measure: 'Registrering',
        responsible: 'Projektleder',
        when: 'Kvartalsvis',
        sourceLine: 5,
      },
    ]);
  });
});

describe('readConsultations', () => {
  it('reads body, Ja/Nej and date; "Ikke relevant" stays text', () => {
    const r = rows(
      [
        '\tJa/Nej\tDato for godkendelse',
        'Center for Økonomi, Økonomiforvaltningen\tJa\t28-05-2020',
        'HR-kredsen\tIkke relevant\t',
      ].join('\n'),
    );
    expect(readConsultations(r)).toEqual([
      {
        body: 'Center for Økonomi, Økonomiforvaltningen',
        answer: 'ja',
        date: '2020-05-28',
        text: '28-05-2020',
        sourceLine: 2,
      },
      { body: 'HR-kredsen', answer: null, date: null, text: 'Ikke relevant', sourceLine: 3 },
    ]);
  });
});

describe('readAffected', () => {
  it('reads the checkbox grid with the names in their own cells', () => {
    const l = lines(
      [
        'Berørte forvaltninger:',
        '',
        '<input type="checkbox"/>\tØkonomiforvaltningen\t<input checked="" type="checkbox"/>\tSocialforvaltningen',
        '<input checked="" type="checkbox"/> Sundheds- og Omsorgsforvaltningen\t',
        '',
        'Angiv p/l:',
      ].join('\n'),
    );
    const w: Warning[] = [];
    expect(readAffected(l, 0, l.length, w)).toEqual([
      { administration: 'ØKF', checked: false },
      { administration: 'SOF', checked: true },
      { administration: 'SUF', checked: true },
    ]);
    expect(w).toEqual([]);
  });

  it('says so when the boxes were lost and only the names are left', () => {
    const l = lines(
      'Berørte forvaltninger:\n\nØkonomiforvaltningen\nSocialforvaltningen\n\n1. Beskrivelse af forslag',
    );
    const w: Warning[] = [];
    expect(readAffected(l, 0, l.length, w).map((a) => a.administration)).toEqual(['ØKF', 'SOF']);
    expect(w.map((x) => x.sourceLine)).toEqual([1]);
    expect(w[0]!.message).toMatch(/gæt/);
  });
});

describe('readInnovation', () => {
  it('is null with a warning when the radio choice was lost, and reads a marked choice', () => {
    const lost = lines(
      'Her angives om forslaget udspringer af et innovationsforslag:\n\nJa [Angiv titel]\n\nNej',
    );
    const w: Warning[] = [];
    expect(readInnovation(lost, 0, lost.length, w)).toBeNull();
    expect(w).toHaveLength(1);
    const marked = lines('Her angives om forslaget udspringer af et innovationsforslag:\n☐ Ja\n☒ Nej');
    expect(readInnovation(marked, 0, marked.length, [])).toBe(false);
  });
});

describe('readRisk', () => {
  it('takes the level word from the sentence that assesses the overall risk', () => {
    const text =
      'Der er en mindre risiko for forsinkelse. Risikoen vurderes at være lille.\nDen samlede risiko i projektet vurderes af KEID som lav.';
    expect(readRisk({ heading: 'Risikovurdering', text, sourceLine: 9 })).toEqual({
      level: 'Lav',
      text,
      sourceLine: 9,
    });
    expect(
      readRisk({ heading: 'Risikovurdering', text: 'Der er ingen større risici.', sourceLine: 1 })?.level,
    ).toBeNull();
  });
});
