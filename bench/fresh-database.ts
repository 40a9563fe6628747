/**
 * A fresh benchmark database for every run, so that one run's rows (submits, readers, classes) do not weigh on the
 * next. It is dropped and created again, so its name must say it is a benchmark database, or be named in
 * BENCH_DISPOSABLE_DATABASE (for a machine where each engineer has one database of their own to spend).
 */
export async function freshBenchDatabase(target: string): Promise<void> {
  const { default: postgres } = await import('postgres');
  const u = new URL(target);
  const name = decodeURIComponent(u.pathname.slice(1));
  if (!(/bench/i.test(name) || name === process.env.BENCH_DISPOSABLE_DATABASE) || !/^[A-Za-z0-9_-]+$/.test(name)) {
    throw new Error(`The benchmark drops and recreates its database; "${name}" does not look like one (its name must contain "bench").`);
  }
  u.pathname = '/postgres';
  const admin = postgres(u.toString(), { max: 1, onnotice: () => {} });
  await admin.unsafe(`drop database if exists "${name}" with (force)`);
  await admin.unsafe(`create database "${name}"`);
  await admin.end();
}
