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
        test: {
          name: 'e2e',
          environment: 'node',
          include: ['test/e2e/**/*.test.ts'],
          env: { ESITI_CHECK_CODES: '1' },
          testTimeout: 120_000,
          hookTimeout: 120_000,
          fileParallelism: false
        }
      }
    ]
  }
})
