/**
 * Text people type may not hold control characters (a NUL byte cannot even be stored by PostgreSQL) nor the
 * invisible direction overrides that can make a nickname display as something else. Line breaks and tabs are fine.
 */
export const PLAIN = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;
export const PLAIN_MESSAGE = 'That contains hidden characters we cannot store. Please retype it.';

/**
 * A name other people read (nickname, display name, class name, an article's title and source): one line, and no
 * invisible character at all, so one name cannot pass for another. Refused besides PLAIN's: line breaks and tabs,
 * every format character (direction marks, zero-width spaces, word joiners, invisible tag letters, the Arabic letter
 * mark, annotation marks) except the zero-width joiner and non-joiner that emoji and some scripts need, line and
 * paragraph separators, and the blank letters that render as nothing (Hangul fillers, the Braille blank).
 */
export const NAME_PLAIN = /^(?:[\u200C\u200D]|[^\p{Cc}\p{Cf}\p{Zl}\p{Zp}\u115F\u1160\u3164\uFFA0\u2800\u202A-\u202E\u2066-\u2069])*$/u;
