import type { Metadata } from 'next';

/**
 * The least a page of this build can be: static, no data, no client code of its own. Built only for the benchmark
 * (`.bench.tsx` is a page extension only when BENCH_CEILING=1, see next.config.js), never shipped as a route.
 */
export const dynamic = 'force-static';
export const metadata: Metadata = { title: 'Ceiling', robots: { index: false } };

export default function CeilingPage() {
  return <p>OK</p>;
}
