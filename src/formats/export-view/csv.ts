// CSV the way Danish Excel opens it without an import wizard: UTF-8 with a byte-order mark (so
// "æøå" survive), ";" between fields (Danish Excel's list separator, because "," is the decimal
// sign), CRLF line ends, and RFC 4180 quoting.
//
// Text that a spreadsheet would run as a formula (a cell beginning with =, +, -, @, tab or CR,
// e.g. a title "=HYPERLINK(…)" typed into a proposal) is written with a leading apostrophe, which
// spreadsheets read as "this is text" (OWASP's advice on CSV injection). Amounts are not text: a
// number as we write it ("-1895,5", or a JS number) stays a number.

const BOM = '\uFEFF';

function quote(field: string): string {
  return /[";\r\n]|^\s|\s$/.test(field) ? `"${field.replace(/"/g, '""')}"` : field;
}

const FORMULA_START = /^[=+\-@\t\r]/;
const PLAIN_NUMBER = /^[+-]?\d+(,\d+)?$/;

/** Text that a spreadsheet would evaluate, made inert with a leading apostrophe; numbers as they are. */
export function neutraliseFormula(text: string): string {
  return FORMULA_START.test(text) && !PLAIN_NUMBER.test(text) ? `'${text}` : text;
}

function cell(field: string | number | null): string {
  if (field === null) return '';
  if (typeof field === 'number') return String(field);
  return quote(neutraliseFormula(field));
}

/** Renders rows (header first) as a semicolon-separated UTF-8 file with BOM. */
export function renderCsv(rows: (string | number | null)[][]): Uint8Array {
  const text = rows.map((r) => r.map(cell).join(';')).join('\r\n') + '\r\n';
  return new TextEncoder().encode(BOM + text);
}

/** Parses what renderCsv wrote (tests and readers of our own files); strips the BOM. */
export function parseCsv(bytes: Uint8Array): string[][] {
  let text = new TextDecoder().decode(bytes);
  if (text.startsWith(BOM)) text = text.slice(1);
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    if (quoted) {
      if (c === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (c === '"') quoted = false;
      else field += c;
    } else if (c === '"') quoted = true;
    else if (c === ';') {
      row.push(field);
      field = '';
    } else if (c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else field += c;
  }
  if (field !== '' || row.length > 0) {
    row.push(field);
    rows.push(row);
  }
  return rows;
}

/**
 * An amount in a table unit with Danish decimal comma and no thousands separator, exactly:
 * -1895500 kr. in 1.000 kr. is "-1895,5". Danish Excel reads it as a number.
 */
export function csvAmount(formatted: string): string {
  return formatted.replace(/\./g, '');
}
