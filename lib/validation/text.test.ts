import { describe, expect, it } from 'vitest';
import { articleImportSchema } from './article-import';
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

  it('applies the same rule to an article\'s title, date and address as to its body (a NUL was a server error)', () => {
    const form = { title: 'Budget vote', date: '2025-03-14', source: 'Courier', url: 'https://example.test/a', body: 'The council met. It voted.' };
    expect(articleImportSchema.safeParse(form).success).toBe(true);
    for (const field of ['title', 'date', 'url', 'source'] as const) {
      for (const bad of ['\u202Eevil', 'ding\u0007', 'nul\u0000']) {
        const r = articleImportSchema.safeParse({ ...form, [field]: form[field] + bad });
        expect(r.success, `${field} with ${JSON.stringify(bad)}`).toBe(false);
        expect(r.error?.issues[0].message).toBe('That contains hidden characters we cannot store. Please retype it.');
      }
    }
  });
});
