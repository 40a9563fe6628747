/**
 * Issue 14: a pasted article is analysed on a worker thread with a time budget; going over it ends in a clear
 * message, and the thread that serves requests is never blocked meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { AnalysisBusyError, analyseOffThread, MAX_JOBS, TooComplexError, TOO_COMPLEX } from './analyse-off-thread';
import { parseArticle } from '../article/parse';
import { analyze } from '../analysis/index';
import { ADVERSARIAL } from '../../tests/fixtures/adversarial';

const normal = parseArticle(
  'Council votes on the bridge\n\nThe city council voted 5-2 on Tuesday to repair the Mill Street bridge. "It is long overdue," said Mayor Jane Doe. ' +
    'Councillor Tom Reed voted against the plan, arguing that the repairs would cost too much. The work starts in May and should take a year.',
);

describe('analyseOffThread', () => {
  it('gives the same analysis as the request thread would, with a question bank', async () => {
    const { analysis, bank } = await analyseOffThread(normal);
    expect(analysis).toEqual(JSON.parse(JSON.stringify(analyze(normal))));
    expect(analysis.quotes.map((q) => q.speaker)).toContain('Jane Doe');
    expect(Array.isArray(bank)).toBe(true);
  }, 60_000);

  it('stops an analysis over budget with the clear message, while this thread keeps running', async () => {
    const heavy = parseArticle(`Title\n\n${ADVERSARIAL['said storm']}`);
    let ticks = 0;
    const ticker = setInterval(() => ticks++, 10);
    await analyseOffThread(normal); // warm, so the budget below is spent on the article alone
    const started = Date.now();
    const outcome = await analyseOffThread(heavy, 50).catch((e: unknown) => e);
    clearInterval(ticker);
    expect(outcome).toBeInstanceOf(TooComplexError);
    expect((outcome as Error).message).toBe(TOO_COMPLEX);
    expect(Date.now() - started).toBeLessThan(5000);
    expect(ticks).toBeGreaterThan(0);
    // The next article gets a fresh worker.
    const again = await analyseOffThread(normal);
    expect(again.analysis.sentences.length).toBeGreaterThan(0);
  }, 60_000);

  it('refuses at once, with a clear message, a paste that would wait behind MAX_JOBS others', async () => {
    const outcomes = await Promise.all(Array.from({ length: MAX_JOBS + 3 }, () => analyseOffThread(normal).then(() => 'done', (e: unknown) => e)));
    expect(outcomes.slice(0, MAX_JOBS)).toEqual(Array(MAX_JOBS).fill('done'));
    for (const refused of outcomes.slice(MAX_JOBS)) {
      expect(refused).toBeInstanceOf(AnalysisBusyError);
      expect((refused as Error).message).toMatch(/Wait a minute/);
    }
    // The line empties: the next paste is analysed.
    await expect(analyseOffThread(normal)).resolves.toHaveProperty('bank');
  }, 60_000);
});
