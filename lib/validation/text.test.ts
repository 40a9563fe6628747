import { describe, expect, it } from 'vitest';
import { classNameSchema } from './classes';
import { nicknameSchema } from './nickname';

describe('typed text', () => {
  it('refuses control characters and direction overrides with a clear message, keeps markup and accents verbatim', () => {
    for (const bad of ['Ana\u0000', 'a\u0007b', 'evil\u202Egnp.exe']) {
      const r = nicknameSchema.safeParse(bad);
      expect(r.success).toBe(false);
      expect(r.error?.issues[0].message).toBe('That contains hidden characters we cannot store. Please retype it.');
    }
    expect(nicknameSchema.parse('  Zoë <b>Z</b> ')).toBe('Zoë <b>Z</b>');
    expect(classNameSchema.safeParse('7B\u0000').success).toBe(false);
    expect(classNameSchema.parse("8B, Media 'Literacy'")).toBe("8B, Media 'Literacy'");
  });
});
