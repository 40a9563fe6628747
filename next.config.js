/**
 * Next.js configuration.
 * PGlite ships its own WebAssembly and data files, and the dictionary-en packages (US, GB, AU) read their word
 * lists next to their modules, so these are loaded from node_modules at run time instead of being bundled.
 * No `cacheComponents`: its prerendered shells cannot carry the per-request CSP nonce (see docs/ARCHITECTURE.md).
 * @type {import('next').NextConfig}
 */
const benchBuild = process.env.BENCH_CEILING === '1';

const nextConfig = {
  poweredByHeader: false,
  // The benchmark's ceiling pages (app/ceiling/**/page.bench.tsx) are routes only in the benchmark's own build, kept
  // in its own folder so that it never mixes with the build `npm start` serves.
  pageExtensions: benchBuild ? ['tsx', 'ts', 'bench.tsx', 'bench.ts'] : ['tsx', 'ts'],
  distDir: benchBuild ? '.next-bench' : '.next',
  // The benchmark's build is of the same sources that `npm run typecheck` checks; checking them again there would
  // only read the other build's generated route types.
  typescript: { ignoreBuildErrors: benchBuild },
  serverExternalPackages: ['@electric-sql/pglite', 'nspell', 'dictionary-en', 'dictionary-en-gb', 'dictionary-en-au', 'chrono-node', 'postgres', 'bcryptjs'],
  typedRoutes: false,
  experimental: {
    // The data cache (lib/server/cached-reads.ts: articles, question banks, leaderboard tops) stays in each
    // instance's memory. On disk (.next/cache/fetch-cache) it would outlive a restart and be shared by instances
    // built into one folder, serving rows of a database that was reset or that no tag on this instance can clear.
    isrFlushToDisk: false,
  },
  // Baseline protections on every response, static files included. The Content-Security-Policy is not here: it
  // needs a fresh nonce per request, so proxy.ts sets it.
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
        ],
      },
    ];
  },
};

export default nextConfig;
