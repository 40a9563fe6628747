/**
 * Issue 14: a pasted article is analysed on a worker thread with a time budget; going over it ends in a clear
 * message, and the thread that serves requests is never blocked meanwhile.
 */
import { describe, expect, it } from 'vitest';
import { analyseOffThread, TooComplexError, TOO_COMPLEX } from './analyse-off-thread';
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
});
