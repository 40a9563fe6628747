/** What a use case answers: done (with what it made), or refused with a message the user reads. */
export type Outcome<T = object> = ({ ok: true } & T) | { ok: false; error: string };

/** The acting user a use case is carried out for: the signed-in account's id is all it needs. */
export type Actor = { id: string };
