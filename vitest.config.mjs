import { createLogger } from 'vite';
import { defineConfig } from 'vitest/config';

// The inlined workflow parser ships source maps without their sources: Vite's warning about each is noise.
const logger = createLogger();
const warn = logger.warn;
logger.warn = (msg, options) => (msg.startsWith('Sourcemap for ') ? undefined : warn(msg, options));

export default defineConfig({
  customLogger: logger,
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    // Keychain and simulator tests share one D-Bus session and real ports; 2 cores on CI.
    maxWorkers: 2,
    // GitHub's workflow parser imports its schema JSON without an import attribute, which Node 20 refuses: let Vite load it.
    server: { deps: { inline: ['@actions/workflow-parser'] } },
    testTimeout: 30_000,
    hookTimeout: 60_000,
  },
});
