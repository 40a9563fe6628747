import { randomBytes } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { closeDb } from '@/lib/db/client';
import { createClass } from '@/lib/db/queries/classes';
import { joinClass } from '@/lib/db/queries/students';
import { readyDb } from '@/lib/db/ready';
import { makeTeacher } from '@/tests/unit/db/helpers';
import { guardedJoinTry } from './join-guard';
import { newJoinDevice } from './join-device';
import { JOIN_DEVICE_ADMIT_LIMIT, JOIN_DEVICE_LIMIT, JOIN_GLOBAL_LIMIT, JOIN_LIMIT } from './rate-limit-policy';

// The real join (joinClass on the real database) under the real limits, with an injected clock. Each test has its
// own key scope, so a full global log here never refuses real joins on a shared PostgreSQL database.
beforeAll(async () => {
  await readyDb();
});
afterAll(closeDb);

const S = 1000;
const start = Math.floor(Date.now() / (60 * S)) * 60 * S - 60 * S;
const run = randomBytes(4).toString('hex');
const WRONG = 'ZZZZ11'; // '1' never appears in a real code

let classCode = '';
beforeAll(async () => {
  const teacher = await makeTeacher('Guard');
  classCode = (await createClass({ teacherId: teacher.id, name: 'Guarded class' })).joinCode;
});

type Browser = { cookie?: string };
let nick = 0;

/** A browser that has opened /join: proxy.ts gave it a join device. */
const opened = (now: number): Browser => ({ cookie: newJoinDevice(now).value });

/** One join try from a browser. */
async function join(scope: string, address: string, browser: Browser, code: string, now: number) {
  const outcome = await guardedJoinTry({
    scope: `test:${run}:${scope}`,
    address,
    deviceCookie: browser.cookie,
    attempt: () => joinClass({ code, nickname: `Kid ${run} ${nick++}` }),
    wasWrongCode: (r) => !r.ok && r.field === 'code',
    now,
  });
  if ('refused' in outcome) return outcome.refused;
  return outcome.result.ok ? 'joined' : 'wrong';
}

describe('join limits', () => {
  it('a prankster at a school address is refused after 10 wrong codes, and classmates with the right code still join', async () => {
    expect(JOIN_LIMIT).toEqual({ limit: 10, windowSeconds: 60 });
    const school = '192.0.2.44';
    const prankster = opened(start);
    for (let i = 0; i < 10; i++) expect(await join('school', school, prankster, WRONG, start + i * S)).toBe('wrong');
    expect(await join('school', school, prankster, WRONG, start + 10 * S)).toBe('Too many tries. Try again in 50 seconds.');
    // The prankster's device is refused unchecked, even with the right code: its own tries were the wrong ones.
    expect(await join('school', school, prankster, classCode, start + 11 * S)).toBe('Too many tries. Try again in 49 seconds.');
    // Thirty classmates on their own browsers, at the same address, in the same minute: every one gets in.
    for (let i = 0; i < 30; i++) expect(await join('school', school, opened(start + 12 * S), classCode, start + 12 * S + i * 100)).toBe('joined');
    // One who mistypes is told so (their own try is checked), and still gets in with the right code.
    const typo = opened(start + 19 * S);
    expect(await join('school', school, typo, WRONG, start + 20 * S)).toBe('wrong');
    expect(await join('school', school, typo, classCode, start + 21 * S)).toBe('joined');
    // A client that never opened the page (a bare script) has no device: nothing of its gets past the limit.
    expect(await join('school', school, {}, classCode, start + 21 * S)).toBe('Too many tries. Try again in 40 seconds.'); // the typo moved the window on
    // Another address was never limited.
    expect(await join('school', '198.51.100.3', {}, WRONG, start + 22 * S)).toBe('wrong');
  });

  it('from one address, a guesser gets at most 10 wrong codes a minute, plus 3 on each of 60 devices an hour', async () => {
    expect([JOIN_DEVICE_ADMIT_LIMIT.limit, JOIN_DEVICE_LIMIT.limit]).toEqual([60, 3]);
    const address = '203.0.113.66';
    let t = start;
    const tally = async (browser: Browser) => ((await join('guesser', address, browser, WRONG, (t += 200))) === 'wrong' ? 1 : 0);
    // A bare script (no cookies): 10 checked, then nothing.
    let checked = 0;
    for (let i = 0; i < 30; i++) checked += await tally({});
    expect(checked).toBe(10);
    // Opening the page afresh before every try: 60 more devices are let past the address limit, then no more.
    const devices = Array.from({ length: 80 }, () => opened(t));
    for (const browser of devices) checked += await tally(browser);
    expect(checked).toBe(10 + 60);
    // Keeping each of those devices: two more checked tries each (three in all), then nothing.
    for (const browser of devices) for (let i = 0; i < 3; i++) checked += await tally(browser);
    expect(checked).toBe(10 + 60 * 3);
    expect(await join('guesser', address, opened(t), classCode, (t += 200))).toMatch(/^Too many tries\. Try again in \d+ seconds?\.$/);
  });

  it('200 wrong codes from rotating addresses close joining everywhere until the oldest is 60 s old', async () => {
    expect(JOIN_GLOBAL_LIMIT).toEqual({ limit: 200, windowSeconds: 60 });
    // 200 addresses, one wrong code each (no per-address limit is reached), spread over 40 s.
    for (let i = 0; i < 200; i++) expect(await join('global', `10.${run.length}.${Math.floor(i / 250)}.${i % 250}`, {}, WRONG, start + i * 200)).toBe('wrong');
    // The 201st wrong code, from yet another address, is refused unchecked; so is a right one (a right code let
    // through would tell a guesser it is right).
    expect(await join('global', '10.9.9.1', {}, WRONG, start + 40 * S)).toBe('Too many tries on this site just now. Try again in 20 seconds.');
    expect(await join('global', '10.9.9.2', {}, classCode, start + 40 * S)).toBe('Too many tries on this site just now. Try again in 20 seconds.');
    // When the first failure is 60 s old, codes are checked again.
    expect(await join('global', '10.9.9.3', {}, classCode, start + 60 * S)).toBe('joined');
  });

  it('30 wrong codes sent at the same instant by a cookie-less script: exactly 10 are checked', async () => {
    const now = start + 3 * S;
    const outcomes = await Promise.all(Array.from({ length: 30 }, () => join('burst', '192.0.2.99', {}, WRONG, now)));
    expect(outcomes.filter((o) => o === 'wrong')).toHaveLength(JOIN_LIMIT.limit);
    expect(outcomes.filter((o) => o.startsWith('Too many tries'))).toHaveLength(30 - JOIN_LIMIT.limit);
  });
});
