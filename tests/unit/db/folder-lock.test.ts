import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireFolderLock, FolderLockedError } from '@/lib/db/folder-lock';

describe('PGlite folder lock', () => {
  it('refuses a second process on the same folder with a clear message, and allows it once the first is gone', async () => {
    const dir = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'factcheck-lock-')), 'pglite');
    fs.mkdirSync(dir, { recursive: true });
    // Another process takes the lock (as a running server would) and keeps running. It says when the lock is
    // written: a fixed wait lost that race on a busy machine (a cold node start can take longer than the wait).
    const holder = spawn(process.execPath, ['-e', `require('fs').writeFileSync(${JSON.stringify(dir + '.lock')}, String(process.pid)); console.log('locked'); setInterval(() => {}, 1000)`]);
    try {
      await new Promise<void>((resolve, reject) => {
        holder.stdout.on('data', (d: Buffer) => String(d).includes('locked') && resolve());
        holder.once('exit', (code) => reject(new Error(`the lock holder exited (${code}) before taking the lock`)));
      });
      expect(() => acquireFolderLock(dir)).toThrow(FolderLockedError);
      expect(() => acquireFolderLock(dir)).toThrow(new RegExp(`already in use by process ${holder.pid}`));
    } finally {
      holder.kill('SIGKILL');
    }
    await new Promise((r) => holder.once('exit', r));
    // The holder died without cleaning up: its stale lock is taken over.
    const release = acquireFolderLock(dir);
    expect(fs.readFileSync(`${dir}.lock`, 'utf8')).toBe(String(process.pid));
    release();
    expect(fs.existsSync(`${dir}.lock`)).toBe(false);
  });
});
