import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Integration tests spawn the bundles and loopback servers; two cores are all we have.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    pool: 'forks',
  },
});
