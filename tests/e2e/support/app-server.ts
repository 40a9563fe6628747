import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

/**
 * A server of this build that a test owns (scripts/server.mjs, what `npm start` runs, without the build step): it
 * can SIGKILL it, restart it on the same data, or point it at a database through a proxy it controls. Each server runs in its own process group so a kill takes all of it.
 */
export type AppServer = { url: string; port: number; proc: ChildProcess; log: () => string; kill: (signal?: NodeJS.Signals) => Promise<void> };

export const AUTH_SECRET_FOR_TESTS = 'fault-tests-secret-0123456789abcdef0123456789';

export function freshDataDir(prefix: string): string {
  return fs.mkdtempSync(path.join(os.tmpdir(), `factcheck-${prefix}-`));
}

export async function startServer(opts: { port: number; dataDir: string; databaseUrl?: string; env?: Record<string, string>; nodeArgs?: string[] }): Promise<AppServer> {
  // A server left over from an earlier run would answer in this one's place.
  const stale = await fetch(`http://127.0.0.1:${opts.port}/api/health`).then(() => true, () => false);
  if (stale) throw new Error(`port ${opts.port} is already in use; stop the process listening there`);
  let output = '';
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    PORT: String(opts.port),
    DATA_DIR: opts.dataDir,
    PGLITE_DIR: path.join(opts.dataDir, 'pglite'),
    AUTH_SECRET: AUTH_SECRET_FOR_TESTS,
    AUTH_TRUST_HOST: 'true',
    NEXT_TELEMETRY_DISABLED: '1',
    ...opts.env,
  };
  delete env.DATABASE_URL;
  if (opts.databaseUrl) env.DATABASE_URL = opts.databaseUrl;
  const proc = spawn(process.execPath, [...(opts.nodeArgs ?? []), 'scripts/server.mjs'], { env, detached: true, stdio: ['ignore', 'pipe', 'pipe'] });
  proc.stdout!.on('data', (d) => (output += d));
  proc.stderr!.on('data', (d) => (output += d));
  const url = `http://127.0.0.1:${opts.port}`;
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (proc.exitCode !== null) throw new Error(`server exited with ${proc.exitCode}:\n${output}`);
    try {
      if ((await fetch(`${url}/api/health`)).ok) break;
    } catch {
      /* not up yet */
    }
    if (Date.now() > deadline) throw new Error(`server did not start:\n${output}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    port: opts.port,
    proc,
    log: () => output,
    kill: async (signal = 'SIGKILL') => {
      if (proc.exitCode !== null || proc.signalCode !== null) return;
      const exited = new Promise((r) => proc.once('exit', r));
      try {
        process.kill(-proc.pid!, signal);
      } catch {
        /* already gone */
      }
      await exited;
    },
  };
}

/** A player as a bare HTTP client: the guest cookie the server handed out, sent back on every request. */
export class HttpPlayer {
  cookie = '';
  constructor(readonly base: string) {}

  async post(pathname: string, body: unknown): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
    const res = await fetch(this.base + pathname, {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(this.cookie ? { cookie: this.cookie } : {}) },
      body: JSON.stringify(body),
      signal: AbortSignal.timeout(20_000),
    });
    const set = res.headers.getSetCookie().find((c) => c.startsWith('fq_guest='));
    if (set) this.cookie = set.split(';')[0]!;
    return { status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, unknown>, headers: res.headers };
  }

  async get(pathname: string): Promise<{ status: number; json: Record<string, unknown>; headers: Headers }> {
    const res = await fetch(this.base + pathname, { headers: this.cookie ? { cookie: this.cookie } : {}, signal: AbortSignal.timeout(20_000) });
    return { status: res.status, json: (await res.json().catch(() => ({}))) as Record<string, unknown>, headers: res.headers };
  }
}

/** Runs `jobs` with at most `limit` in flight. */
export async function pool<T>(items: T[], limit: number, job: (item: T, index: number) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(limit, items.length) }, async () => {
      while (next < items.length) {
        const i = next++;
        await job(items[i]!, i);
      }
    }),
  );
}
