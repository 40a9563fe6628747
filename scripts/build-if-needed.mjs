// Builds the app when there is no build yet or when a source file is newer than the last build.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';

const SOURCES = ['app', 'components', 'lib', 'public', 'next.config.js', 'package.json', 'proxy.ts', 'instrumentation.ts', 'tsconfig.json'];

function newestMtime(p) {
  let st;
  try { st = fs.statSync(p); } catch { return 0; }
  if (!st.isDirectory()) return st.mtimeMs;
  let max = 0;
  for (const e of fs.readdirSync(p)) {
    if (e.endsWith('.test.ts')) continue;
    max = Math.max(max, newestMtime(path.join(p, e)));
  }
  return max;
}

/**
 * Runs `next build` unless the build folder (.next, or .next-bench for the benchmark's build with its ceiling
 * pages, see next.config.js) holds a build newer than every source file.
 */
export function buildIfNeeded() {
  const stamp = path.join(process.env.BENCH_CEILING === '1' ? '.next-bench' : '.next', 'BUILD_ID');
  const built = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0;
  const changed = Math.max(...SOURCES.map(newestMtime));
  if (built && built >= changed) return;
  console.log(built ? 'Sources changed since the last build: building…' : 'No build yet: building (about a minute)…');
  const r = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], { stdio: 'inherit', env: process.env });
  if (r.status !== 0) {
    console.error('The build failed; see the messages above.');
    process.exit(r.status ?? 1);
  }
}
