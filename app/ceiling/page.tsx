import type { Metadata } from 'next';

/**
 * The least a page of this build can be: static, no data, no client code of its own. `npm run bench` measures it
 * as the framework's ceiling that the real pages are compared against. Harmless to visitors, hidden from search.
 */
export const dynamic = 'force-static';
export const metadata: Metadata = { title: 'Ceiling', robots: { index: false } };

export default function CeilingPage() {
  return <p>OK</p>;
}
