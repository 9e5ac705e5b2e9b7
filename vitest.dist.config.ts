import { defineConfig } from 'vitest/config';

// Checks over the built site (DIST_DIR, default dist/): links, HTML validity, CSP and privacy of the output.
// They run after the build in `npm test`; the unit config excludes them.
export default defineConfig({
  test: {
    include: ['tests/build/dist-*.test.ts'],
    environment: 'node',
    testTimeout: 120_000,
  },
});
