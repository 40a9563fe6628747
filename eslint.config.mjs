import nextVitals from 'eslint-config-next/core-web-vitals';
import nextTs from 'eslint-config-next/typescript';

/** Lint rules: Next's recommended sets for React, hooks, accessibility basics and TypeScript. */
const config = [
  ...nextVitals,
  ...nextTs,
  { ignores: ['.next/**', '.next-bench/**', '.scratch/**', 'node_modules/**', '.data/**', 'drizzle/**', 'test-results/**', 'playwright-report/**', 'next-env.d.ts'] },
];

export default config;
