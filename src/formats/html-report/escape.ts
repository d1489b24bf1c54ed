// Every piece of document text goes through here before it reaches the HTML: the report shows
// titles and messages copied from documents, and a document must never be able to inject markup.

const ENTITIES: Record<string, string> = {
  '&': '&amp;',
  '<': '&lt;',
  '>': '&gt;',
  '"': '&quot;',
  "'": '&#39;',
};

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ENTITIES[c] ?? c);
}

/** Tagged template: interpolated values are escaped, unless wrapped with `raw`. */
export interface Raw {
  readonly raw: string;
}

export function raw(html: string): Raw {
  return { raw: html };
}

export function html(
  strings: TemplateStringsArray,
  ...values: (string | number | null | undefined | Raw | Raw[])[]
): Raw {
  let out = strings[0] ?? '';
  values.forEach((v, i) => {
    if (Array.isArray(v)) out += v.map((x) => x.raw).join('');
    else if (v !== null && typeof v === 'object') out += v.raw;
    else out += escapeHtml(v === null || v === undefined ? '' : String(v));
    out += strings[i + 1] ?? '';
  });
  return raw(out);
}
