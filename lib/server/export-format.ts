/** A time zone name the runtime knows (as a browser reports it), else UTC. */
export function knownTimeZone(zone: string | null | undefined): string {
  if (!zone || zone.length > 64) return 'UTC';
  try {
    return new Intl.DateTimeFormat('en', { timeZone: zone }).resolvedOptions().timeZone;
  } catch {
    return 'UTC';
  }
}

const formats = new Map<string, Intl.DateTimeFormat>();

/** A moment as a spreadsheet reads it ('2026-12-05 14:03'), in `timeZone`; '' for none. */
export function formatInZone(at: Date | null, timeZone: string): string {
  if (!at) return '';
  let f = formats.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', hourCycle: 'h23' });
    formats.set(timeZone, f);
  }
  const part = Object.fromEntries(f.formatToParts(at).map((p) => [p.type, p.value]));
  return `${part.year}-${part.month}-${part.day} ${part.hour}:${part.minute}`;
}

/** Words of a name as a file name allows them ('Sleep & phones' → 'Sleep-phones'), letters of any script kept. */
function namePart(text: string, max: number): string {
  return text.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, max).replace(/-$/, '');
}

/** An export's file name: the article's name, the class's, and what the file holds. */
export function exportFilename(article: string, className: string, what: string): string {
  return `${[namePart(article, 60) || 'article', namePart(className, 40) || 'class', what].join('-')}.csv`;
}
