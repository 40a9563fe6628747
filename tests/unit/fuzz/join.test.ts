import { randomBytes } from 'node:crypto';
import { eq } from 'drizzle-orm';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb, getDb } from '@/lib/db/client';
import { createClass, updateClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import { createUser } from '@/lib/db/queries/users';
import { students } from '@/lib/db/schema';
import { normaliseCode } from '@/lib/db/codes';
import { joinSchema } from '@/lib/validation/classes';
import { NASTY, anyString, count, overTheWire, report, snapshot } from './helpers';

/**
 * The join path as app/join/actions.ts drives it: joinSchema, then joinClass on the real database, with random
 * and hostile codes and nicknames. Nothing may throw; a refused join adds no student; an accepted nickname is
 * stored exactly as the schema handed it over (markup and SQL included).
 */

afterAll(async () => {
  report('join');
  await closeDb();
});

let open: { id: string; joinCode: string };
let archived: { joinCode: string };
/** Nicknames already in the open class, as stored. */
const taken = new Set<string>();

beforeAll(async () => {
  const teacher = await createUser({ email: `fuzz-join-${randomBytes(4).toString('hex')}@example.test`, name: 'T', passwordHash: 'x' });
  open = await createClass({ teacherId: teacher!.id, name: '<i>Class</i>' });
  const old = await createClass({ teacherId: teacher!.id, name: 'Old class' });
  await updateClass({ id: old.id, teacherId: teacher!.id, archived: true });
  archived = old;
  for (const nickname of ["<script>alert('x')</script>", "Bobby'; drop table students; --", 'Ana']) {
    const r = await joinClass({ code: open.joinCode, nickname });
    if (!r.ok) throw new Error(r.error);
    taken.add(nickname);
  }
});

/** Codes: the real one as a child might type it, the archived class's, near misses, and junk of every size. */
const code = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom('exact', 'lower', 'spaced', 'dashed', 'padded').map((how) => ({ how })) },
  { weight: 1, arbitrary: fc.constant({ how: 'archived' }) },
  { weight: 3, arbitrary: anyString(30).map((raw) => ({ how: 'raw', raw })) },
  { weight: 1, arbitrary: fc.string({ minLength: 21, maxLength: 5_000 }).map((raw) => ({ how: 'raw', raw })) },
);
function codeText(c: { how: string; raw?: string }): string {
  const j = open.joinCode;
  switch (c.how) {
    case 'exact': return j;
    case 'lower': return j.toLowerCase();
    case 'spaced': return j.split('').join(' ');
    case 'dashed': return `${j.slice(0, 3)}-${j.slice(3)}`;
    case 'padded': return `  ${j}\n`;
    case 'archived': return archived.joinCode;
    default: return c.raw!;
  }
}

const nickname = fc.oneof(
  { weight: 3, arbitrary: anyString(30) },
  { weight: 2, arbitrary: fc.tuple(fc.constantFrom(...NASTY), fc.stringMatching(/^[a-z0-9]{1,6}$/)).map(([n, s]) => `${n.slice(0, 16)}${s}`) },
  { weight: 1, arbitrary: fc.constantFrom("<script>alert('x')</script>", "Bobby'; drop table students; --", 'Ana', ' Ana ', 'ana', 'Ana\u0085') },
  { weight: 1, arbitrary: fc.string({ unit: 'grapheme', minLength: 25, maxLength: 200 }) },
  { weight: 1, arbitrary: fc.string({ minLength: 1_000, maxLength: 100_000 }) },
);

describe('fuzzing the join path', () => {
  it('never throws; refused joins add no student; accepted nicknames are stored verbatim (250 runs)', async () => {
    await fc.assert(
      fc.asyncProperty(code, nickname, async (c, n) => {
        count('join');
        // Form fields arrive as UTF-8, so a lone surrogate has already become U+FFFD by the time the action sees it.
        const values = { code: overTheWire(codeText(c)), nickname: overTheWire(n) };
        const before = await snapshot();
        const parsed = joinSchema.safeParse(values);
        if (!parsed.success) {
          count('join (refused by the schema)');
          expect(await snapshot()).toEqual(before);
          return;
        }
        const result = await joinClass(parsed.data);
        const rightCode = normaliseCode(parsed.data.code) === open.joinCode;
        if (!result.ok) {
          count('join (refused by joinClass)');
          expect(await snapshot()).toEqual(before);
          expect(result.field).toBe(rightCode ? 'nickname' : 'code');
          if (result.field === 'nickname') expect(taken.has(parsed.data.nickname)).toBe(true);
          return;
        }
        count('join (stored)');
        expect(rightCode).toBe(true);
        expect(taken.has(parsed.data.nickname)).toBe(false);
        taken.add(parsed.data.nickname);
        const db = await getDb();
        const [row] = await db.select().from(students).where(eq(students.id, result.student.id));
        expect(row.classId).toBe(open.id);
        expect(row.nickname).toBe(parsed.data.nickname); // byte for byte: markup and SQL survive
        expect(row.nickname).toBe(values.nickname.trim());
        const after = await snapshot();
        expect(Number(after.students.split(':')[0])).toBe(Number(before.students.split(':')[0]) + 1);
      }),
      { numRuns: 250 },
    );
    expect(taken.size).toBeGreaterThan(20); // the fuzzer did reach the storing branch
  });
});
