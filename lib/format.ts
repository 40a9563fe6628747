const DAY = new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' });

/** Formats an ISO date (YYYY-MM-DD) for people, in UTC so the day never shifts with the server's zone. */
export function formatDate(iso: string | null): string {
  if (!iso) return 'Date not given';
  const d = new Date(`${iso}T00:00:00Z`);
  if (Number.isNaN(d.getTime())) return iso;
  return DAY.format(d);
}

/** Formats a duration in milliseconds as "2 min 05 s" or "42 s". */
export function formatDuration(ms: number | null): string {
  if (ms === null || ms < 0) return '–';
  const total = Math.round(ms / 1000);
  const m = Math.floor(total / 60);
  const s = total % 60;
  return m > 0 ? `${m} min ${String(s).padStart(2, '0')} s` : `${s} s`;
}

/** "1 question" / "10 questions". */
export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

