/**
 * Why a candidate item of a kind was not made, told to whoever listens: the eval script (scripts/eval/kind-gaps.ts)
 * prints these per article; generation passes `silent` and pays nothing for it.
 */
export type Note = (source: string, reason: string) => void;

/** The listener that ignores every note. */
export const silent: Note = () => {};
