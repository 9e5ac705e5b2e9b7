import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/unit/**/*.test.ts', 'tests/property/**/*.test.ts', 'tests/build/**/*.test.ts'],
    // Checks over the built site run after the build (vitest.dist.config.ts).
    exclude: [...configDefaults.exclude, 'tests/build/dist-*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
