/**
 * Text people type may not hold control characters (a NUL byte cannot even be stored by PostgreSQL) nor the
 * invisible direction overrides that can make a nickname display as something else. Line breaks and tabs are fine.
 */
export const PLAIN = /^[^\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u202A-\u202E\u2066-\u2069]*$/;
export const PLAIN_MESSAGE = 'That contains hidden characters we cannot store. Please retype it.';
