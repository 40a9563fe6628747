/**
 * Runs concurrent calls of one hot write together, as a group commit does: a call made while `maxInFlight` groups are
 * already at the database waits, and every call waiting when one of them finishes goes in the next group (at most
 * `maxSize`). A lone call on a quiet server goes at once, alone, so batching adds no waiting when there is no queue.
 *
 * Under load this trades one database round trip (a socket write, a wake-up of the server process, a statement and a
 * commit) per call for one per group, which is most of what a submit costs besides the framework's own work.
 *
 * `run` takes the group's items in order and must return one result per item, in the same order. When a group of
 * several fails as a whole (one bad item must not fail its neighbours), each item is tried again alone, and only its
 * own failure reaches its caller. So `run` must be safe to repeat: all or nothing, as one SQL statement is.
 */
export function coalesce<I, O>(run: (items: I[]) => Promise<O[]>, opts: { maxInFlight: number; maxSize: number }): (item: I) => Promise<O> {
  type Waiting = { item: I; resolve: (o: O) => void; reject: (err: unknown) => void };
  const queue: Waiting[] = [];
  let inFlight = 0;
  let scheduled = false;

  const settle = async (group: Waiting[]) => {
    try {
      const out = await run(group.map((w) => w.item));
      if (out.length !== group.length) throw new Error(`coalesce: ${out.length} results for ${group.length} items`);
      group.forEach((w, i) => w.resolve(out[i]!));
    } catch (err) {
      if (group.length === 1) return group[0]!.reject(err);
      // Alone, one after another: they have already waited for one group, and the database may be struggling.
      for (const w of group) {
        try {
          const [o] = await run([w.item]);
          w.resolve(o!);
        } catch (e) {
          w.reject(e);
        }
      }
    }
  };

  const flush = () => {
    scheduled = false;
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
      queue.push({ item, resolve, reject });
      // Calls made in the same turn of the event loop (requests that arrived together) share a group.
      if (!scheduled && inFlight < opts.maxInFlight) {
        scheduled = true;
        setImmediate(flush);
      }
    });
}
