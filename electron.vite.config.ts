import { resolve } from 'node:path'
import { defineConfig } from 'electron-vite'
import react from '@vitejs/plugin-react'

// better-sqlite3 and exceljs (dependencies) stay external; everything in devDependencies,
// kysely (ESM-only) included, is bundled into the CJS main bundle. Three entries share its chunks:
// index (the Electron main process), service (the services' own process, no electron) and cli (the
// `esiti` command, which bin/esiti.mjs runs when it is newer than the sources).
export default defineConfig({
  main: {
    build: {
      rollupOptions: {
        input: {
          index: resolve(__dirname, 'src/main/index.ts'),
          service: resolve(__dirname, 'src/main/service/service-main.ts'),
          cli: resolve(__dirname, 'src/main/cli/bin.ts')
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
