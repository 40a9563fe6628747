/**
 * The worker thread that analyses a pasted article and writes its question bank (see analyse-off-thread.ts). It
 * says "ready" once its modules are loaded, then answers each { id, article } with the result or the error.
 */
import { parentPort } from 'node:worker_threads';
import { analyze } from '../analysis/index';
import { generateQuestions } from '../quiz/generate';
import type { Article } from '../article/types';
import { QUESTION_KINDS } from '../quiz/types';

type Job = { id: number; article: Article };

const port = parentPort;
if (port) {
  port.on('message', ({ id, article }: Job) => {
    try {
      const analysis = analyze(article);
      port.postMessage({ id, analysis, bank: generateQuestions(article, analysis, { kinds: QUESTION_KINDS }) });
    } catch (err) {
      port.postMessage({ id, error: err instanceof Error ? `${err.name}: ${err.message}` : String(err) });
    }
  });
  port.postMessage({ ready: true });
}
