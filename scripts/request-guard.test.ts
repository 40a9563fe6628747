import { describe, expect, it } from 'vitest';
import { hasBrokenEscape } from './request-guard.mjs';

describe('hasBrokenEscape', () => {
  it('finds percent escapes that do not decode in the path', () => {
    for (const bad of ['/articles/%ff', '/articles/%ff/quiz', '/api/attempts/%E0%A4%A/submit', '/a/%', '/a/%zz']) expect(hasBrokenEscape(bad), bad).toBe(true);
  });

  it('leaves good paths alone, and the query string to the app', () => {
    for (const ok of ['/', '/articles/rust', '/teacher/classes/%E2%80%AE', '/articles/%00', '/a?x=%ff', undefined]) expect(hasBrokenEscape(ok), String(ok)).toBe(false);
  });
});
