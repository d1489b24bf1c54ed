// Office files (docx, xlsx) made reproducible: the same document and creation time give the same
// bytes, whenever and however often they are made (a decision snapshot exported today and next
// year must be the same file). Three things vary otherwise: the zip entries carry the time they
// were written, a docx states it in docProps/core.xml, and the docx library numbers bookmarks
// (the table of contents' anchors) from one counter shared by every document in the process.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from 'fflate';

/** Renumbers bookmark ids and `_Toc` anchors in order of first appearance (they only need to be unique). */
export function canonicalBookmarks(xml: string): string {
  const toc = new Map<string, string>();
  const ids = new Map<string, string>();
  return xml
    .replace(/_Toc(\d+)/g, (_m, n: string) => {
      if (!toc.has(n)) toc.set(n, String(toc.size + 1));
      return `_Toc${toc.get(n) as string}`;
    })
    .replace(
      /(<w:bookmark(?:Start|End)\b[^>]*?\bw:id=")(\d+)(")/g,
      (_m, open: string, n: string, close: string) => {
        if (!ids.has(n)) ids.set(n, String(ids.size + 1));
        return `${open}${ids.get(n) as string}${close}`;
      },
    );
}

/** The archive with every entry dated `date`, core.xml's created/modified set to it, bookmarks renumbered. */
export function reproducibleZip(bytes: Uint8Array, date: Date): Uint8Array {
  const files = unzipSync(bytes);
  const iso = date.toISOString();
  const out: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    let content = data;
    if (name === 'docProps/core.xml') {
      content = strToU8(
        strFromU8(data).replace(
          /(<dcterms:(created|modified)[^>]*>)[^<]*(<\/dcterms:\2>)/g,
          (_m, open: string, _k: string, close: string) => `${open}${iso}${close}`,
        ),
      );
    } else if (/^word\/[^/]+\.xml$/.test(name)) {
      content = strToU8(canonicalBookmarks(strFromU8(data)));
    }
    out[name] = [content, { mtime: date, level: 6 }];
  }
  return zipSync(out);
}
