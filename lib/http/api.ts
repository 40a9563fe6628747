import type { z } from 'zod';
import { isDbUnavailable } from '../db/errors';
import { logError } from '../log';
import { REQUEST_ID_HEADER, requestIdOf } from './request-id';

/** A refusal with the status and the message the caller should see. */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message);
  }
}

export const UNAVAILABLE_MESSAGE = 'The database is not reachable right now. Nothing was lost; try again in a few seconds.';

/** The JSON error body every API route uses: `{ error, ...extra }`. */
export function jsonError(status: number, error: string, init: { headers?: HeadersInit; extra?: Record<string, unknown> } = {}) {
  return Response.json({ error, ...init.extra }, { status, headers: { 'Cache-Control': 'no-store', ...init.headers } });
}

/**
 * Wraps a route handler: refusals become their JSON error, a database outage becomes 503 with Retry-After (the
 * client may safely repeat the request; submits carry an idempotency key), and anything else is logged with the
 * request id and answered with a 500 that shows no internals.
 */
export function apiRoute<C>(handler: (req: Request, ctx: C) => Promise<Response>) {
  return async (req: Request, ctx: C): Promise<Response> => {
    const requestId = requestIdOf(req.headers);
    const res = await answer(handler, req, ctx, requestId);
    res.headers.set(REQUEST_ID_HEADER, requestId);
    return res;
  };
}

async function answer<C>(handler: (req: Request, ctx: C) => Promise<Response>, req: Request, ctx: C, requestId: string): Promise<Response> {
  try {
    return await handler(req, ctx);
  } catch (err) {
    if (err instanceof ApiError) return jsonError(err.status, err.message, { extra: err.extra });
    if (isDbUnavailable(err)) {
      await logError(err, { requestId, kind: 'database-unavailable', path: new URL(req.url).pathname });
      return jsonError(503, UNAVAILABLE_MESSAGE, { headers: { 'Retry-After': '5' } });
    }
    await logError(err, { requestId, path: new URL(req.url).pathname });
    return jsonError(500, 'Something went wrong on our side. Please try again.', { extra: { requestId } });
  }
}

/**
 * A state-changing request's JSON body, checked: same origin (a page elsewhere cannot post here with the user's
 * cookies), `application/json` (which a cross-site form cannot send), at most `maxBytes`, and valid for `schema`.
 */
export async function readJson<S extends z.ZodType>(req: Request, schema: S, maxBytes = 16_384): Promise<z.infer<S>> {
  const origin = req.headers.get('origin');
  // `null` is what sandboxed frames and some redirects send: never our own pages.
  if (origin === 'null') throw new ApiError(403, 'Requests from other sites are not accepted.');
  if (origin) {
    const host = req.headers.get('x-forwarded-host') ?? req.headers.get('host');
    let originHost: string | null = null;
    try {
      originHost = new URL(origin).host;
    } catch {
      /* refused below */
    }
    if (!host || originHost !== host) throw new ApiError(403, 'Requests from other sites are not accepted.');
  }
  if (!(req.headers.get('content-type') ?? '').toLowerCase().startsWith('application/json')) {
    throw new ApiError(415, 'Send the request body as JSON (Content-Type: application/json).');
  }
  const declared = Number(req.headers.get('content-length') ?? 0);
  if (declared > maxBytes) throw new ApiError(413, `The request body is too large (at most ${maxBytes} bytes).`);
  const text = await readLimited(req, maxBytes);
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    throw new ApiError(400, 'The request body is not valid JSON.');
  }
  const parsed = schema.safeParse(data);
  if (!parsed.success) throw new ApiError(400, plainIssue(parsed.error.issues[0]));
  return parsed.data;
}

const KINDS: Record<string, string> = { object: 'a JSON object', record: 'a JSON object', string: 'text', number: 'a number', int: 'a whole number', array: 'a list', boolean: 'true or false' };

/**
 * A schema's refusal in plain words. A schema's own message (it says what is wanted) is kept; zod's generic ones
 * ("Invalid input: expected record, received string") are reworded with the field they are about.
 */
export function plainIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'The request is not valid.';
  if (issue.code === 'invalid_union' && issue.errors.length > 0) {
    // Say what is wrong with the alternative the value came closest to: the first one that got past its type (a
    // list with a bad item, say), else the first one ("must be a number").
    const branches = issue.errors.filter((b) => b.length > 0);
    const closest = branches.find((b) => b[0].code !== 'invalid_type' || b[0].path.length > 0) ?? branches[0];
    if (closest) return plainIssue({ ...closest[0], path: [...issue.path, ...closest[0].path] } as z.core.$ZodIssue);
  }
  const field = (path: PropertyKey[]) => (path.length ? `"${path.map(String).join('.')}"` : 'The request body');
  if (issue.code === 'unrecognized_keys') return `${field(issue.path)} has a name that is not allowed: "${issue.keys[0]}".`;
  const generic = /^(Invalid input|Invalid key|Too big|Too small)/.test(issue.message);
  if (!generic) return issue.message;
  switch (issue.code) {
    case 'invalid_type':
      if (/received undefined$/.test(issue.message)) return `${field(issue.path)} is missing.`;
      return `${field(issue.path)} must be ${KINDS[issue.expected] ?? issue.expected}.`;
    case 'invalid_key':
      return `${field(issue.path.slice(0, -1))} has a name that is not allowed: "${String(issue.path.at(-1))}".`;
    case 'too_big':
      return `${field(issue.path)} must be at most ${String(issue.maximum)}${issue.origin === 'string' ? ' characters long' : ''}.`;
    case 'too_small':
      return `${field(issue.path)} must be at least ${String(issue.minimum)}${issue.origin === 'string' ? ' characters long' : ''}.`;
    default:
      return `${field(issue.path)} is not valid.`;
  }
}

/** The body as text, refusing it once it passes `maxBytes` (a missing or false Content-Length cannot get round the limit). */
async function readLimited(req: Request, maxBytes: number): Promise<string> {
  if (!req.body) return '';
  const reader = req.body.getReader();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    size += value.byteLength;
    if (size > maxBytes) {
      await reader.cancel().catch(() => {});
      throw new ApiError(413, `The request body is too large (at most ${maxBytes} bytes).`);
    }
    chunks.push(value);
  }
  return Buffer.concat(chunks).toString('utf8');
}
