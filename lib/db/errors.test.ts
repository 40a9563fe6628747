import { describe, expect, it } from 'vitest';
import { DbTimeoutError, isDbUnavailable, withDbTimeout } from './errors';

describe('isDbUnavailable', () => {
  it('recognises connection failures, also when wrapped', () => {
    const refused = Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
    expect(isDbUnavailable(refused)).toBe(true);
    expect(isDbUnavailable(new Error('Failed query', { cause: refused }))).toBe(true);
    expect(isDbUnavailable(Object.assign(new Error('write CONNECTION_CLOSED'), { code: 'CONNECTION_CLOSED' }))).toBe(true);
    expect(isDbUnavailable(Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' }))).toBe(true);
    expect(isDbUnavailable(new AggregateError([refused], 'all addresses failed'))).toBe(true);
  });

  it('does not excuse bugs or bad data as an outage', () => {
    expect(isDbUnavailable(new Error('boom'))).toBe(false);
    expect(isDbUnavailable(Object.assign(new Error('duplicate key'), { code: '23505' }))).toBe(false);
    expect(isDbUnavailable(Object.assign(new Error('syntax error'), { code: '42601' }))).toBe(false);
    expect(isDbUnavailable(null)).toBe(false);
    const loop: { code?: string; cause?: unknown } = {};
    loop.cause = loop;
    expect(isDbUnavailable(loop)).toBe(false);
  });
});

describe('withDbTimeout', () => {
  it('passes results through and turns a hang into an "unavailable" error', async () => {
    expect(await withDbTimeout(Promise.resolve(7), 50)).toBe(7);
    const hang = new Promise(() => {});
    const err = await withDbTimeout(hang, 20).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(DbTimeoutError);
    expect(isDbUnavailable(err)).toBe(true);
  });
});
