import { stringify } from 'csv-stringify/sync';

/**
 * A cell a spreadsheet would run as a formula (starting with =, +, - or @, or with a tab or carriage return) gets a
 * leading quote, so it shows as text. Invisible characters (zero-width spaces, joiners, byte order marks, direction
 * marks, other spaces) are looked past first: spreadsheets drop some of them and still see the formula behind.
 */
export function spreadsheetSafe(value: string): string {
  if (/^[\t\r]/.test(value)) return `'${value}`;
  const visible = value.replace(/^[\p{Cf}\p{Z}\s]+/u, '');
  return /^[=+\-@]/.test(visible) ? `'${value}` : value;
}

export type CsvCell = string | number | null;

/**
 * A header and rows as CSV text: a UTF-8 byte order mark first (so spreadsheets read accents correctly), commas,
 * quotes and line breaks quoted by the CSV library, and every text cell made spreadsheet-safe.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return `\uFEFF${stringify([header, ...rows], { cast: { string: spreadsheetSafe } })}`;
}

/** A download's file name from a class name: letters and digits joined by dashes, ASCII only, then `-suffix.csv`. */
export function csvFilename(name: string, suffix: string): string {
  const safe = name.replace(/[^\p{L}\p{N}]+/gu, '-').replace(/^-|-$/g, '').slice(0, 40) || 'class';
  return `${safe}-${suffix}.csv`.replace(/[^\x20-\x7e]/g, '_');
}
