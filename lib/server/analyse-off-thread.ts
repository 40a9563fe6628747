/**
 * Analysis of a pasted article on a worker thread with a time budget. The analysis is synchronous CPU work; on the
 * request thread a hostile paste would stall every other request of the server (issue 14). Here the server stays
 * responsive, and a job over budget has its worker terminated and ends in TooComplexError, which the import turns
 * into a message for the teacher. One worker is kept warm (loading the spelling dictionaries costs far more than a
 * normal analysis) and jobs run on it one at a time; the budget counts from when a job starts, not while it waits.
 */
import { Worker } from 'node:worker_threads';
import type { Article } from '../article/types';
import type { Analysis } from '../analysis/types';
import type { Question } from '../quiz/types';

/** What the teacher reads when their article is over budget. */
export const TOO_COMPLEX = 'This article is too complex to analyse; shorten it (or split it into parts) and paste it again.';

/** The analysis ran out of time, or its worker died: the article, not the server, is the problem. */
export class TooComplexError extends Error {
  constructor(message = TOO_COMPLEX) {
    super(message);
    this.name = 'TooComplexError';
  }
}

/** Too many articles are already waiting for the worker: try again shortly rather than wait behind them. */
export class AnalysisBusyError extends Error {
  constructor() {
    super('Many articles are being analysed right now. Wait a minute, then paste yours again.');
    this.name = 'AnalysisBusyError';
  }
}

/** The analysis failed for another reason (a bug); the message is the worker's, for the log only. */
export class AnalysisFailedError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AnalysisFailedError';
  }
}

/**
 * Budget for one article: normal articles take tens of milliseconds, the worst input the schema accepts about two
 * seconds. ANALYSIS_BUDGET_MS changes it (read per article, so a test can lower it).
 */
const budget = () => Number(process.env.ANALYSIS_BUDGET_MS) || 5000;
/** Loading the worker (modules and dictionaries) may be slow on a cold, busy machine; it is not the article's fault. */
const STARTUP_MS = 60_000;

type Result = { analysis: Analysis; bank: Question[] };
type Reply = { id: number; analysis?: Analysis; bank?: Question[]; error?: string };

function spawn(): Worker {
  // Outside Next.js (vitest, tsx scripts) this module runs as TypeScript source: Node cannot start a worker from a
  // .ts file (and `--import tsx` in execArgv does not reach a worker's entry on Node 20), so a tiny worker has tsx
  // import it. The test is NEXT_RUNTIME, not the file's extension: Turbopack keeps import.meta.url pointing at the
  // .ts source. The path is made with a string replace, not `new URL('./…', import.meta.url)`, which would have
  // Turbopack publish the source file as a static asset.
  if (!process.env.NEXT_RUNTIME) {
    const entry = JSON.stringify(import.meta.url.replace(/analyse-off-thread\.ts$/, 'analysis-worker.ts'));
    const boot = `import('tsx/esm/api').then((tsx) => tsx.tsImport(${entry}, ${entry}))`;
    return new Worker(boot, { eval: true });
  }
  // In the Next.js build, Turbopack sees this exact form and bundles the worker as a server entry of its own
  // (a "[worker thread]" chunk in .next/server/chunks/ssr) with the same serverExternalPackages as the app.
  return new Worker(new URL('./analysis-worker.ts', import.meta.url));
}

let current: { worker: Worker; ready: Promise<void> } | null = null;
let queue: Promise<unknown> = Promise.resolve();
let nextId = 1;
/**
 * Jobs waiting or running. Each job ends within its budget, so at most this many budgets (40 s at the default) stand
 * between a teacher and their analysis; beyond it a paste is refused at once instead of joining a long line.
 */
export const MAX_JOBS = 8;
let jobs = 0;

/** The warm worker, started on first use (and again after one was terminated). */
function warmWorker(): { worker: Worker; ready: Promise<void> } {
  if (current) return current;
  const worker = spawn();
  worker.unref();
  const ready = new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new AnalysisFailedError('the analysis worker did not start in time')), STARTUP_MS);
    const onMessage = (m: { ready?: boolean }) => {
      if (!m?.ready) return;
      clearTimeout(timer);
      worker.off('message', onMessage);
      resolve();
    };
    worker.on('message', onMessage);
    worker.once('error', (err) => {
      clearTimeout(timer);
      reject(new AnalysisFailedError(`the analysis worker failed to start: ${err.message}`));
    });
  });
  const made = { worker, ready };
  current = made;
  worker.once('exit', () => {
    if (current === made) current = null;
  });
  ready.catch(() => {
    if (current === made) current = null;
    void worker.terminate();
  });
  return made;
}

/** Runs one job on the warm worker, terminating it when the budget runs out. */
async function run(article: Article, budgetMs: number): Promise<Result> {
  const { worker, ready } = warmWorker();
  await ready;
  const id = nextId++;
  return new Promise<Result>((resolve, reject) => {
    const done = () => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
    };
    const timer = setTimeout(() => {
      done();
      if (current?.worker === worker) current = null;
      void worker.terminate();
      reject(new TooComplexError());
    }, budgetMs);
    const onMessage = (m: Reply) => {
      if (m?.id !== id) return;
      done();
      if (m.error !== undefined) reject(new AnalysisFailedError(m.error));
      else resolve({ analysis: m.analysis!, bank: m.bank! });
    };
    // Out of memory or a crash inside the worker: the article did that, so it is too complex as well.
    const onError = () => {
      done();
      if (current?.worker === worker) current = null;
      reject(new TooComplexError());
    };
    const onExit = () => onError();
    worker.on('message', onMessage);
    worker.on('error', onError);
    worker.on('exit', onExit);
    worker.postMessage({ id, article });
  });
}

/**
 * Analyses `article` and generates its question bank off the request thread. Rejects with TooComplexError when
 * it takes longer than `budgetMs`, with AnalysisFailedError when the analysis itself throws, and with
 * AnalysisBusyError when MAX_JOBS are already waiting or running.
 */
export function analyseOffThread(article: Article, budgetMs = budget()): Promise<Result> {
  if (jobs >= MAX_JOBS) return Promise.reject(new AnalysisBusyError());
  jobs++;
  const job = queue.then(() => run(article, budgetMs)).finally(() => jobs--);
  queue = job.catch(() => undefined);
  return job;
}
