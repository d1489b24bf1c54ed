// A minimal pull scanner for the XML of an Office document part (word/document.xml and friends):
// start tags with their attributes, end tags and text, in document order. Office XML is
// machine-written and well formed, so no DTDs, CDATA or namespaces need resolving; prefixes are
// kept in the names ("w:p"). A full DOM would cost several times the memory of a large catalog.

export type XmlEvent =
  | { type: 'open'; name: string; attrs: string; selfClosing: boolean }
  | { type: 'close'; name: string }
  | { type: 'text'; text: string };

const TOKEN = /<(\/?)([A-Za-z_][\w.:-]*)([^>]*?)(\/?)>|<[?!][^>]*>|([^<]+)/g;

/** Every tag and text run of `xml`, in order. Comments, declarations and processing instructions are skipped. */
export function* scanXml(xml: string): Generator<XmlEvent> {
  TOKEN.lastIndex = 0;
  for (let m = TOKEN.exec(xml); m !== null; m = TOKEN.exec(xml)) {
    if (m[5] !== undefined) {
      yield { type: 'text', text: m[5] };
      continue;
    }
    const name = m[2];
    if (name === undefined) continue; // <?xml …?>, <!-- … -->
    if (m[1] === '/') yield { type: 'close', name };
    else yield { type: 'open', name, attrs: m[3] ?? '', selfClosing: m[4] === '/' };
  }
}

/** The value of attribute `name` ("w:val") in a tag's attribute text, entities decoded; null when absent. */
export function attr(attrs: string, name: string): string | null {
  const at = attrs.indexOf(`${name}=`);
  if (at < 0) return null;
  // The name must stand alone ("w:val", not "w:valx" or "xw:val").
  const before = attrs.charAt(at - 1);
  if (at > 0 && before !== ' ' && before !== '\t' && before !== '\n' && before !== '\r') return null;
  const quote = attrs.charAt(at + name.length + 1);
  if (quote !== '"' && quote !== "'") return null;
  const end = attrs.indexOf(quote, at + name.length + 2);
  return end < 0 ? null : decodeXmlText(attrs.slice(at + name.length + 2, end));
}

const XML_ENTITY = /&(#\d+|#x[0-9a-fA-F]+|amp|lt|gt|quot|apos);/g;
const NAMED: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** Text with XML's entities and character references decoded. */
export function decodeXmlText(text: string): string {
  if (!text.includes('&')) return text;
  return text.replace(XML_ENTITY, (all, e: string) => {
    if (e.startsWith('#')) {
      const code = e[1] === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1));
      return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : all;
    }
    return NAMED[e] ?? all;
  });
}
