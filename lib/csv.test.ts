import { describe, expect, it } from 'vitest';
import { spreadsheetSafe, toCsv } from './csv';

describe('spreadsheetSafe', () => {
  it('quotes a cell that would start a formula, also behind invisible or space characters', () => {
    for (const bad of ['=1+1', '+1', '-1', '@SUM(A1)', '\t=1', '\r=1', '\u200B=HYPERLINK("x")', '\uFEFF=1', '\u200E\u200D+1', ' =1', '\u00A0@x', '\u2060-2']) {
      expect(spreadsheetSafe(bad)).toBe(`'${bad}`);
    }
  });

  it('leaves ordinary text alone', () => {
    for (const ok of ['Ana', 'Zoë', 'a=b', '3-2', '', '\u200BAna', 'It said "=1"']) expect(spreadsheetSafe(ok)).toBe(ok);
  });
});

describe('toCsv', () => {
  it('guards a student name that hides a formula behind a zero-width space, and keeps numbers as numbers', () => {
    const csv = toCsv(['student', 'score'], [['\u200B=HYPERLINK("http://evil.test","x")', -1], ['Zoë, "Z"', 3]]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).trim().split(/\r?\n/);
    expect(lines[1]).toBe(`"'\u200B=HYPERLINK(""http://evil.test"",""x"")",-1`);
    expect(lines[2]).toBe('"Zoë, ""Z""",3');
  });
});
