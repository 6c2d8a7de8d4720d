import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// better-sqlite3 and exceljs (dependencies) stay external; everything in devDependencies,
// kysely (ESM-only) included, is bundled into the CJS main bundle. Four entries share its chunks:
// index (the Electron main process), service (the services' own process, no electron), cli (the
// `esiti` command, which bin/esiti.mjs runs when it is newer than the sources) and
// shared-strings-worker (the thread that reads a workbook's shared strings, decision 0034).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          service: resolve(__dirname, 'src/main/service/service-main.ts'),
          cli: resolve(__dirname, 'src/main/cli/bin.ts'),
          'shared-strings-worker': resolve(__dirname, 'src/main/services/io/sheet/shared-strings-worker.ts')
        }
      }
    }
  },
  preload: {
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/preload/index.ts') } }
    }
  },
  renderer: {
    root: resolve(__dirname, 'src/renderer'),
    build: {
      rollupOptions: { input: { index: resolve(__dirname, 'src/renderer/index.html') } }
    },
    plugins: [react()]
  }
})
