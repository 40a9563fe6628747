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

  it('refuses invisible characters in names people read, so one name cannot pass for another; keeps emoji and accents', () => {
    const invisible = ['\u200E', '\u200F', '\u061C', '\u{E0041}\u{E007F}', '\u2028', '\uFFF9', '\u3164', '\u200B', '\u2060', '\uFEFF', '\u00AD', '\t', '\n'];
    for (const hidden of invisible) {
      expect(nicknameSchema.safeParse(`Ana${hidden}B`).success, JSON.stringify(hidden)).toBe(false);
      expect(classNameSchema.safeParse(`7B${hidden}x`).success, JSON.stringify(hidden)).toBe(false);
      const form = { title: `Vote${hidden}x`, date: '', source: `Courier${hidden}x`, url: '', body: 'The council met. It voted.' };
      expect(articleImportSchema.safeParse(form).success, JSON.stringify(hidden)).toBe(false);
    }
    for (const ok of ['Zoë', 'José 👩‍🏫', 'Ana-María', 'محمد', '李雷', 'Ψ 3']) expect(nicknameSchema.safeParse(ok).success, ok).toBe(true);
    // The body of an article copied from the web may carry direction marks or zero-width spaces: it is kept as pasted.
    expect(articleImportSchema.safeParse({ title: 'Vote', date: '', source: '', url: '', body: 'The council\u200B met.\u200E It voted.' }).success).toBe(true);
  });
});
