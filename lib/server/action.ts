import { z } from 'zod';
import type { Player } from '../db/queries/attempts';
import { getPlayer, getSessionUser, requireTeacher } from '../auth/player';
import { getStudentSession } from '../auth/student';

/*
 * Every server action starts the same way: who is calling, then zod over everything the form sent. The wrappers
 * below do both before the action's body runs, so each action reads
 *
 *   export const renameClassAction = validatedAction(teacher('/teacher'), renameForm, refused, async (input, user) => …);
 *
 * and its body only has to ask "may this caller touch this object?", call the use case and shape the answer. A form
 * that fails the schema is answered by `refused` with the first message of each field that failed.
 */

/** Who may call: the caller, or what to answer instead (a guard may also redirect, to sign-in say). */
export type Guard<Caller, State> = (form: FormData) => Promise<{ caller: Caller } | { refuse: State }>;

/** The first message for each field that failed, keyed by the field's top-level name (what forms show next to it). */
export type FieldErrors = Record<string, string>;

/** A zod schema over a submitted form: `read` picks the fields out of the FormData, `schema` checks them. */
export function formSchema<S extends z.ZodType>(read: (form: FormData) => Record<string, unknown>, schema: S) {
  return z.preprocess((form) => read(form as FormData), schema);
}

/** The first message per field, keyed by the field's top-level name. */
export function fieldErrors(error: z.ZodError): FieldErrors {
  const fields: FieldErrors = {};
  for (const issue of error.issues) fields[String(issue.path[0] ?? 'form')] ??= issue.message;
  return fields;
}

async function run<S extends z.ZodType, Caller, State>(
  guard: Guard<Caller, State>,
  schema: S,
  form: FormData,
  body: (input: z.output<S>, caller: Caller, form: FormData) => Promise<State>,
  invalid: (fields: FieldErrors, form: FormData) => State,
): Promise<State> {
  const who = await guard(form);
  if ('refuse' in who) return who.refuse;
  const parsed = schema.safeParse(form);
  if (!parsed.success) return invalid(fieldErrors(parsed.error), form);
  return body(parsed.data, who.caller, form);
}

/** A server action for `useActionState`: checks the caller, parses the form with `schema`, then runs `body`. */
export function validatedAction<S extends z.ZodType, Caller, State>(
  guard: Guard<Caller, State>,
  schema: S,
  invalid: (fields: FieldErrors, form: FormData) => State,
  body: (input: z.output<S>, caller: Caller, form: FormData) => Promise<State>,
): (prev: State, form: FormData) => Promise<State> {
  return async (_prev, form) => run(guard, schema, form, body, invalid);
}

/** A plain `<form action>` server action with nothing to answer: a form that fails the schema is ignored. */
export function validatedFormAction<S extends z.ZodType, Caller>(
  guard: Guard<Caller, void>,
  schema: S,
  body: (input: z.output<S>, caller: Caller, form: FormData) => Promise<void>,
): (form: FormData) => Promise<void> {
  return async (form) => run(guard, schema, form, body, () => undefined);
}

/** Anyone may call (signing in, joining a class): the action limits itself. */
export const anyone: Guard<null, never> = async () => ({ caller: null });

/**
 * A signed-in teacher; anyone else is sent to sign in and back to `next` (a path, or one made from the form, so a
 * teacher who signs in returns to the article they were editing).
 */
export function teacher(next: string | ((form: FormData) => string)): Guard<{ id: string; name: string; email: string }, never> {
  return async (form) => ({ caller: await requireTeacher(typeof next === 'string' ? next : next(form)) });
}

/** A signed-in account; anyone else gets `refuse`. */
export function signedIn<State>(refuse: State): Guard<{ id: string; name: string; email: string }, State> {
  return async () => {
    const user = await getSessionUser();
    return user ? { caller: user } : { refuse };
  };
}

/** Whoever plays on this browser (an account, a guest cookie or a class member); nobody at all gets `refuse`. */
export function player<State>(refuse: State): Guard<Player, State> {
  return async () => {
    const found = await getPlayer();
    return found ? { caller: found } : { refuse };
  };
}

/** A class member signed in on this browser; anyone else gets `refuse`. */
export function student<State>(refuse: State): Guard<NonNullable<Awaited<ReturnType<typeof getStudentSession>>>, State> {
  return async () => {
    const session = await getStudentSession();
    return session ? { caller: session } : { refuse };
  };
}

/** For an action that takes nothing from its form (signing out, leaving a class). */
export const noInput = z.unknown();
