/**
 * Next.js configuration.
 * PGlite ships its own WebAssembly and data files, and dictionary-en reads its word list next to its module,
 * so both must be loaded from node_modules at run time instead of being bundled.
 * @type {import('next').NextConfig}
 */
const nextConfig = {
  poweredByHeader: false,
  serverExternalPackages: ['@electric-sql/pglite', 'nspell', 'dictionary-en', 'postgres', 'bcryptjs'],
  typedRoutes: false,
  // Baseline protections on every response. (A script-src policy with nonces belongs in proxy.ts; see issue 5.)
  async headers() {
    return [
      {
        source: '/:path*',
        headers: [
          { key: 'X-Content-Type-Options', value: 'nosniff' },
          { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
          { key: 'X-Frame-Options', value: 'DENY' },
          { key: 'Content-Security-Policy', value: "frame-ancestors 'none'; base-uri 'self'; form-action 'self'; object-src 'none'" },
        ],
      },
    ];
  },
};

export default nextConfig;
