/**
 * Liveness for a load balancer: the process is up and serving. It touches no database on purpose (a database
 * outage must not take every instance out of rotation), which also makes it the benchmark's route-handler
 * ceiling: the least work a route handler of this build can do.
 */
export function GET() {
  return Response.json({ ok: true }, { headers: { 'Cache-Control': 'no-store' } });
}
