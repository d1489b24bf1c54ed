// What kind of file a user gave us, decided by its content (the first bytes), never only by its
// name: a PDF saved as ".txt" is still a PDF, and a text conversion named ".pdf" is still text.

export type InputKind = 'pdf' | 'docx' | 'zip' | 'word97' | 'rtf' | 'json' | 'text';

const PDF = [0x25, 0x50, 0x44, 0x46, 0x2d]; // %PDF-
const ZIP = [0x50, 0x4b, 0x03, 0x04]; // PK\3\4
const OLE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]; // Word 97-2003, Excel 97-2003 …
const RTF = [0x7b, 0x5c, 0x72, 0x74, 0x66]; // {\rtf

function startsWith(bytes: Uint8Array, magic: readonly number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  for (let i = 0; i < magic.length; i++) if (bytes[at + i] !== magic[i]) return false;
  return true;
}

/** Where "%PDF-" starts: PDF readers accept it within the first kilobyte (after junk a mailer added). */
function pdfStart(bytes: Uint8Array): number {
  const limit = Math.min(bytes.length - PDF.length, 1024);
  for (let i = 0; i <= limit; i++) if (startsWith(bytes, PDF, i)) return i;
  return -1;
}

/**
 * The kind of `bytes`. A ZIP archive is "docx" when it holds word/document.xml (looked up in its
 * central directory by name), otherwise "zip" (an Excel workbook, an archive …).
 */
export function inputKind(bytes: Uint8Array): InputKind {
  if (pdfStart(bytes) >= 0) return 'pdf';
  if (startsWith(bytes, ZIP)) return containsName(bytes, 'word/document.xml') ? 'docx' : 'zip';
  if (startsWith(bytes, OLE)) return 'word97';
  if (startsWith(bytes, RTF)) return 'rtf';
  // JSON: the first character that is not whitespace (after a BOM) opens an object.
  for (let i = startsWith(bytes, [0xef, 0xbb, 0xbf]) ? 3 : 0; i < Math.min(bytes.length, 4096); i++) {
    const c = bytes[i]!;
    if (c === 0x20 || c === 0x09 || c === 0x0a || c === 0x0d) continue;
    return c === 0x7b ? 'json' : 'text';
  }
  return 'text';
}

/** Whether the bytes contain `name` in ASCII (a ZIP's central directory lists every file name). */
function containsName(bytes: Uint8Array, name: string): boolean {
  const first = name.charCodeAt(0);
  outer: for (
    let i = bytes.indexOf(first);
    i >= 0 && i + name.length <= bytes.length;
    i = bytes.indexOf(first, i + 1)
  ) {
    for (let k = 1; k < name.length; k++) if (bytes[i + k] !== name.charCodeAt(k)) continue outer;
    return true;
  }
  return false;
}
