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
};

export default nextConfig;
