import { S, account, run, start } from '@/tests/support/accounts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { readyDb } from '@/lib/db/ready';
import { getUserByEmail } from '@/lib/db/queries/users';
import { signUp } from './sign-up';

// What the sign-up action runs, against the real database with an injected clock. The e2e tests check the answers
// a browser sees (accounts.spec.ts: a taken email is not confirmed; rate-limit.spec.ts: the 21st sign-up refused).

beforeAll(async () => {
  await readyDb();
});
afterAll(closeDb);

describe('sign-up', () => {
  it('allows 20 tries per address per hour, free emails or taken, and then refuses until the first is an hour old', async () => {
    const address = `signup-${run}`;
    const taken = await account('taken');
    const before = await getUserByEmail({ email: taken });
    const statuses: string[] = [];
    for (let i = 0; i < 20; i++) {
      const email = i % 2 ? taken : `new-${i}-${run}@example.test`;
      statuses.push((await signUp({ name: 'New', email, password: 'a new password', address, now: start + i * S })).status);
    }
    expect(statuses).toEqual(Array.from({ length: 20 }, (_, i) => (i % 2 ? 'taken' : 'created')));
    // A taken email is left as it was: same name, same password.
    expect(await getUserByEmail({ email: taken })).toEqual(before);

    const refused = await signUp({ name: 'New', email: `late-${run}@example.test`, password: 'a new password', address, now: start + 20 * S });
    expect(refused).toEqual({ status: 'limited', retryAfterSeconds: 3580 });
    expect(await getUserByEmail({ email: `late-${run}@example.test` })).toBeNull();
    // Another address is not affected, and an hour after the first try this one may sign up again.
    expect((await signUp({ name: 'New', email: `elsewhere-${run}@example.test`, password: 'a new password', address: `b-${run}`, now: start + 20 * S })).status).toBe('created');
    expect((await signUp({ name: 'New', email: `late-${run}@example.test`, password: 'a new password', address, now: start + 3600 * S + 1 })).status).toBe('created');
  });
});
