import { defineConfig } from 'vitest/config';
import { statusCorePlugin } from './build/status-core-plugin.ts';

// Kept apart from vite.config.ts so that tests never load the crx() plugin.
export default defineConfig({
  plugins: [statusCorePlugin()],
  test: {
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          environment: 'jsdom',
          include: ['tests/unit/**/*.test.ts'],
        },
      },
      {
        extends: true,
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['tests/e2e/**/*.test.ts'],
          globalSetup: ['tests/e2e/harness/global-setup.ts'],
          testTimeout: 60_000,
          hookTimeout: 120_000,
          fileParallelism: false,
        },
      },
    ],
  },
});
