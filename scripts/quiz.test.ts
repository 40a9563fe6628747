import { describe, it, expect, beforeAll, afterAll } from 'vitest';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, writeFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const SEED = join(ROOT, 'lib/content/rust-baldwin-dismissal.txt');
const run = (...args: string[]) =>
  spawnSync('npx', ['tsx', 'scripts/quiz.ts', ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000 });

let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'quiz-cli-'));
});
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('npm run quiz', () => {
  it('prints the documented JSON for the seed', () => {
    const r = run(SEED, '--json');
    expect(r.status).toBe(0);
    const out = JSON.parse(r.stdout);
    expect(Object.keys(out)).toEqual(['article', 'analysis', 'questions']);
    expect(Object.keys(out.article)).toEqual(['title', 'date', 'headings', 'paragraphs']);
    expect(out.article.date).toBe('2024-07-13');
    expect(Object.keys(out.analysis)).toEqual(['sentences', 'stats', 'people', 'quotes', 'dates', 'terms', 'spelling']);
    expect(out.analysis.sentences).toHaveLength(18);
    expect(out.analysis.stats.sentences).toBe(18);
    expect(out.analysis.stats.longestSentence).toBe(0);
    expect(out.analysis.spelling.map((s: { word: string }) => s.word)).toEqual(['deicsion']);
    expect(out.questions.length).toBeGreaterThanOrEqual(15);
    for (const q of out.questions) {
      const keys = ['id', 'skill', 'kind', 'prompt', ...(q.kind === 'two-part' ? ['partB'] : []), 'options', 'answer', 'evidence', 'explanation'];
      expect(Object.keys(q)).toEqual(keys);
    }
    // Each kind with the answer in its own shape (README, "Question kinds").
    const of = (kind: string) => out.questions.filter((q: { kind: string }) => q.kind === kind);
    for (const q of of('choice')) expect(typeof q.answer).toBe('number');
    expect(of('evidence').length).toBeGreaterThanOrEqual(3);
    for (const q of of('evidence')) expect(q).toMatchObject({ options: [], answer: { sentences: q.evidence } });
    expect(of('two-part').length).toBeGreaterThanOrEqual(2);
    for (const q of of('two-part')) expect(q.answer).toEqual({ option: expect.any(Number), sentences: q.evidence });
    expect(of('order')).toHaveLength(1);
    expect([...of('order')[0].answer.order].sort()).toEqual(of('order')[0].options.map((_: string, i: number) => i));
    expect(of('multi').length).toBeGreaterThanOrEqual(1);
    for (const q of of('multi')) expect(q.answer.options).toHaveLength(2);
  });

  it('prints readable text by default, with the answer marked', () => {
    const r = run(SEED);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Title: Alec Baldwin Shares Message After Rust Case Dismissal');
    expect(r.stdout).toMatch(/\n {3}\* [A-D]\. /);
  });

  it('exits with 2 and one line on stderr for a missing file', () => {
    const r = run(join(dir, 'nope.txt'));
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/no such file/);
  });

  it('exits with 2 for an empty file, a binary file and a non-article', () => {
    const empty = join(dir, 'empty.txt');
    writeFileSync(empty, '');
    const binary = join(dir, 'x.bin');
    writeFileSync(binary, Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 1, 2, 3, 0xff, 0xfe]));
    const short = join(dir, 'short.txt');
    writeFileSync(short, 'Just a few words here.');
    for (const f of [empty, binary, short]) {
      const r = run(f);
      expect(r.status, f).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
      expect(r.stdout).toBe('');
    }
  });
});
