import { resolve } from 'node:path'
import { defineConfig } from 'vitest/config'

export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { electron: resolve(import.meta.dirname, 'test/support/electron-stub.ts') } },
        test: {
          name: 'main',
          environment: 'node',
          include: ['test/main/**/*.test.ts'],
          // Recipe runs check every variable's dictionary view after each step (see column-codes.ts).
          env: { ESITI_CHECK_CODES: '1' },
          testTimeout: 60_000,
          hookTimeout: 60_000
        }
      },
      {
        // Hostile inputs through the real `esiti` command in child processes, each under loose time and
        // memory ceilings (npm run test:hostile; npm test runs it too). One file at a time, so that
        // the measurements of one child are not squeezed by another.
        test: {
          name: 'hostile',
          environment: 'node',
          include: ['test/hostile/**/*.test.ts'],
          testTimeout: 240_000,
          hookTimeout: 240_000,
          fileParallelism: false
        }
      },
      {
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          env: { ESITI_CHECK_CODES: '1' },
          // A refresh the window waits for (an IPC answer) can take seconds while the other projects load
          // both cores: expect.poll waits up to 10 s here instead of vitest's 1 s.
          expect: { poll: { timeout: 10_000 } },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      }
    ]
  }
})
