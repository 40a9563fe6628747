export type CoalesceOptions = {
  /** Groups at the database at once. */
  maxInFlight: number;
  /** Items per group. */
  maxSize: number;
  /** A group still running after this long gives its slot back, and its callers get `timeout()`. */
  groupTimeoutMs: number;
  /** A call still waiting for a slot after this long is not sent at all: its caller gets `timeout()`. */
  maxWaitMs: number;
  timeout: () => Error;
  /** Whether a failed group's items are worth trying alone: an error one item could cause, not an outage. */
  retryAlone: (err: unknown) => boolean;
};

/**
 * Runs concurrent calls of one hot write together, as a group commit does: a call made while `maxInFlight` groups are
 * already at the database waits, and every call waiting when one of them finishes goes in the next group (at most
 * `maxSize`). A lone call on a quiet server goes at once, alone, so batching adds no waiting when there is no queue.
 *
 * Under load this trades one database round trip (a socket write, a wake-up of the server process, a statement and a
 * commit) per call for one per group, which is most of what a submit costs besides the framework's own work.
 *
 * `run` takes the group's items in order and must return one result per item, in the same order. When a group of
 * several fails as a whole and `retryAlone` says one item could be the cause, each item is tried again alone, so
 * only its own failure reaches its caller. So `run` must be safe to repeat: all or nothing, as one SQL statement is.
 * A group that hangs (a half-open connection) does not hold its slot for good: after `groupTimeoutMs` the slot is
 * free again, and calls that waited past `maxWaitMs` are refused rather than sent after their callers gave up.
 */
export function coalesce<I, O>(run: (items: I[]) => Promise<O[]>, opts: CoalesceOptions): (item: I) => Promise<O> {
  type Waiting = { item: I; at: number; resolve: (o: O) => void; reject: (err: unknown) => void };
  const queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  const settle = async (group: Waiting[]) => {
    let timer: NodeJS.Timeout | undefined;
    const deadline = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(opts.timeout()), opts.groupTimeoutMs);
    });
    deadline.catch(() => {}); // raced below; never an unhandled rejection on its own
    const attempt = async (items: I[]) => {
      const out = await Promise.race([run(items), deadline]);
      if (out.length !== items.length) throw new Error(`coalesce: ${out.length} results for ${items.length} items`);
      return out;
    };
    try {
      const out = await attempt(group.map((w) => w.item));
      group.forEach((w, i) => w.resolve(out[i]!));
    } catch (err) {
      if (group.length === 1 || !opts.retryAlone(err)) return group.forEach((w) => w.reject(err));
      // Alone, one after another: they have already waited for one group, and the database may be struggling.
      for (const w of group) {
        try {
          w.resolve((await attempt([w.item]))[0]!);
        } catch (e) {
          w.reject(e);
        }
      }
    } finally {
      clearTimeout(timer);
    }
  };

  const flush = () => {
    scheduled = false;
    const now = Date.now();
    while (queue.length && now - queue[0]!.at > opts.maxWaitMs) queue.shift()!.reject(opts.timeout());
    while (inFlight < opts.maxInFlight && queue.length) {
      const group = queue.splice(0, opts.maxSize);
      inFlight++;
      void settle(group).finally(() => {
        inFlight--;
        if (queue.length && !scheduled) flush();
      });
    }
  };

  return (item) =>
    new Promise<O>((resolve, reject) => {
      queue.push({ item, at: Date.now(), resolve, reject });
      // Calls made in the same turn of the event loop (requests that arrived together) share a group.
      if (!scheduled && inFlight < opts.maxInFlight) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}
