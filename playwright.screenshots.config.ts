import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The README's screenshots (`npx playwright test -c playwright.screenshots.config.ts`): the journeys' server and
 * browser, a spec of its own that writes docs/*.png. Not part of `npm test`.
 */
export default defineConfig({ ...base, testDir: 'scripts/screenshots', timeout: 240_000 });
