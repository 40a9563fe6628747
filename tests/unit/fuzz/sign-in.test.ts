import bcrypt from 'bcryptjs';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { createUser, getUserByEmail } from '@/lib/db/queries/users';
import { prepareWithContent } from '@/lib/server/seed-content';
import { signInSchema } from '@/lib/validation/account';
import { NASTY, anyString, count, overTheWire, report, snapshot } from './helpers';

/**
 * The sign-in path as the Credentials provider's authorize() in lib/auth/config.ts runs it: signInSchema, then
 * (in verifyCredentials, lib/auth/credentials.ts) getUserByEmail and bcrypt.compare. The rate limits around those
 * steps are left out here (they are tested in lib/auth/credentials.test.ts); 500 tries would be refused after 10.
 * Random and hostile emails and passwords: nothing throws, nothing is written, and only the right pair finds the
 * account.
 */

afterAll(async () => {
  report('sign-in');
  await closeDb();
});

const accounts: { email: string; password: string; id: string }[] = [];

beforeAll(async () => {
  await prepareWithContent();
  const seeds = [
    { email: `o'brien+tag-${Date.now()}@example.test`, password: "'; drop table users; --" },
    { email: `Mixed.Case-${Date.now()}@Example.TEST`, password: '<script>alert(1)</script>' },
    { email: `plain-${Date.now()}@example.test`, password: 'correct horse battery staple' },
  ];
  for (const s of seeds) {
    // A low cost keeps thousands of compares quick; the cost factor does not change what matches.
    const user = await createUser({ email: s.email, name: 'Fuzz', passwordHash: await bcrypt.hash(s.password, 4) });
    accounts.push({ ...s, id: user!.id });
  }
});

/** The same steps as authorize(): the user, or null. */
async function authorize(raw: unknown) {
  const parsed = signInSchema.safeParse(raw);
  if (!parsed.success) return { parsed: false as const, user: null };
  const user = await getUserByEmail({ email: parsed.data.email });
  if (!user || !(await bcrypt.compare(parsed.data.password, user.passwordHash))) return { parsed: true as const, user: null };
  return { parsed: true as const, user };
}

const email = fc.oneof(
  fc.nat({ max: 2 }).chain((i) => fc.constantFrom('same', 'upper', 'lower', 'padded', 'nbsp').map((how) => ({ i, how }))),
  fc.emailAddress().map((raw) => ({ raw })),
  anyString(80).map((raw) => ({ raw })),
  fc.tuple(fc.constantFrom(...NASTY), fc.constantFrom('@example.test', '@', "@x' or '1'='1")).map(([a, b]) => ({ raw: a + b })),
  fc.string({ minLength: 255, maxLength: 20_000 }).map((raw) => ({ raw: `${raw}@example.test` })),
);
const password = fc.oneof(
  fc.constant({ right: true }),
  anyString(130).map((raw) => ({ raw })),
  fc.string({ minLength: 129, maxLength: 20_000 }).map((raw) => ({ raw })),
  fc.constantFrom('', ' ', "' or 1=1 --", '\u0000', 'x'.repeat(128)).map((raw) => ({ raw })),
);
// A forged request can send any JSON value in place of a field.
const notAString = fc.oneof(fc.constant(null), fc.constant(undefined), fc.integer(), fc.array(fc.string(), { maxLength: 2 }), fc.object({ maxDepth: 1 }));

describe('fuzzing the sign-in path', () => {
  it('never throws, writes nothing, and only the right pair signs in (500 runs)', async () => {
    const before = await snapshot();
    await fc.assert(
      fc.asyncProperty(email, password, fc.nat({ max: 19 }), notAString, async (e, p, forge, junk) => {
        count('sign-in');
        const account = 'i' in e ? accounts[e.i] : null;
        const emailText = account
          ? { same: account.email, upper: account.email.toUpperCase(), lower: account.email.toLowerCase(), padded: ` ${account.email}\t`, nbsp: `\u00a0${account.email}` }[(e as { how: string }).how]!
          : overTheWire((e as { raw: string }).raw);
        const passwordText = 'right' in p ? (account?.password ?? accounts[0].password) : overTheWire(p.raw);
        const raw = forge === 0 ? { email: junk, password: passwordText } : forge === 1 ? { email: emailText, password: junk } : { email: emailText, password: passwordText };
        const { user } = await authorize(raw);
        const shouldMatch = !!account && 'right' in p && forge > 1;
        if (shouldMatch) {
          count('sign-in (right pair)');
          expect(user?.id).toBe(account!.id);
        } else {
          expect(user === null || ('right' in p && forge > 1 && user.id === account?.id)).toBe(true);
        }
      }),
      { numRuns: 500 },
    );
    expect(await snapshot()).toEqual(before); // signing in (or failing to) writes nothing at this layer
  });
});
