/** Metadata an article may carry before its body. */
export interface FrontMatter {
  title: string | null;
  date: string | null;
  source: string | null;
  url: string | null;
}

const EMPTY: FrontMatter = { title: null, date: null, source: null, url: null };

/** A leading `date 2024-07-13` (or `Date: 2024-07-13`) prefix, as scraped pages carry it before the first sentence. */
const DATE_PREFIX = /^\s*date\s*:?\s*(\d{4}-\d{2}-\d{2})(?=\s|$)[ \t]*/i;

/**
 * Turns a date written in front matter into YYYY-MM-DD, or null when it is not a real calendar date.
 * Accepts `2024-07-13`, `2024-07-13T10:00:00Z` and `2024/7/13`.
 */
export function normalizeDate(raw: string): string | null {
  const m = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})/.exec(raw.trim());
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  const when = new Date(Date.UTC(y, mo - 1, d));
  // Rejects 2024-02-31 and the like, which Date would silently roll over.
  if (when.getUTCFullYear() !== y || when.getUTCMonth() !== mo - 1 || when.getUTCDate() !== d) return null;
  return `${m[1]}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && ((v.startsWith('"') && v.endsWith('"')) || (v.startsWith("'") && v.endsWith("'")))) {
    return v.slice(1, -1).trim();
  }
  return v;
}

/**
 * Splits YAML-like front matter (`---` … `---`, flat `key: value` lines) or a leading `date YYYY-MM-DD`
 * prefix off the text. Only title, date, source and url are read; other keys are ignored rather than
 * rejected, because pasted articles carry all sorts of tool-specific keys.
 */
export function splitFrontMatter(text: string): { meta: FrontMatter; body: string } {
  const meta: FrontMatter = { ...EMPTY };
  let body = text;
  const fm = /^\s*---[ \t]*\n([\s\S]*?)\n---[ \t]*(?:\n|$)/.exec(body);
  if (fm) {
    for (const line of fm[1].split('\n')) {
      const kv = /^\s*([A-Za-z_][\w-]*)\s*:\s*(.*)$/.exec(line);
      if (!kv) continue;
      const key = kv[1].toLowerCase();
      const value = unquote(kv[2]);
      if (!value) continue;
      if (key === 'title' || key === 'source' || key === 'url') meta[key] = value;
      else if (key === 'date') meta.date = normalizeDate(value);
    }
    body = body.slice(fm[0].length);
  }
  const prefix = DATE_PREFIX.exec(body);
  if (prefix) {
    const date = normalizeDate(prefix[1]);
    if (date) {
      meta.date ??= date;
      body = body.slice(prefix[0].length);
    }
  }
  return { meta, body };
}
