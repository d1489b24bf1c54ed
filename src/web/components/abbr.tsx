// Abbreviations the templates use, each written out for whoever does not know it (a tooltip, and
// read in full by screen readers that announce abbr titles).
import { da } from '../i18n/da.ts';

export function Abbr({ name }: { name: keyof typeof da.abbreviations }) {
  const a = da.abbreviations[name];
  return <abbr title={a.long}>{a.short}</abbr>;
}

/** "2027 p/l", with p/l explained; "p/l ikke angivet" where the document gives no year. */
export function PriceLevel({ year }: { year: number | null }) {
  return year === null ? (
    <>
      <Abbr name="pl" /> {da.priceLevelMissing}
    </>
  ) : (
    <>
      {year} <Abbr name="pl" />
    </>
  );
}
