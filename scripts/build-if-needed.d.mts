/** Runs `next build` unless .next holds a build newer than every source file. */
export function buildIfNeeded(): void;
