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
      expect(Object.keys(q)).toEqual(['id', 'skill', 'prompt', 'options', 'answer', 'evidence', 'explanation']);
    }
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
