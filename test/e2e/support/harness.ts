import fs from 'node:fs'
import http from 'node:http'
import os from 'node:os'
import path from 'node:path'
import type { AddressInfo } from 'node:net'
import { CHANNELS, type Channel } from '../../../src/shared/ipc'
import type { EventName, Events } from '../../../src/shared/ipc/events'
import { resolveAppPath } from '../../../src/main/security'
import { ServiceHost, type ServiceDialogs } from '../../../src/main/service/service-host'
import { forkService, SERVICE_BUNDLE } from '../../support/service-child'

/**
 * TEST-ONLY bridge: serves the built renderer (out/renderer) on 127.0.0.1 and relays every channel
 * to the built service bundle (out/main/service.js) in a child process, through the same
 * ServiceHost Electron's main process uses; so a long import in the service leaves the bridge, like
 * the Electron main process, free to answer. Dialog answers are queued by the test. Never imported by src/.
 */
export class BridgeHarness {
  readonly host: ServiceHost
  readonly platform: ServiceDialogs & { queueFiles(files: string[]): void; queueSavePath(p: string | null): void }
  private server: http.Server | null = null
  private clients = new Set<http.ServerResponse>()
  private fileQueue: string[][] = []
  private saveQueue: (string | null)[] = []
  readonly settingsDir = fs.mkdtempSync(path.join(os.tmpdir(), 'esiti-e2e-settings-'))
  url = ''

  // ESITI_RENDERER_DIR lets several developers test their own renderer builds side by side.
  // serviceEnv adds variables to the service process's environment (test points such as ESITI_TEST_HOLD_AT).
  constructor(
    private readonly rendererDir = process.env.ESITI_RENDERER_DIR ?? path.resolve(__dirname, '../../../out/renderer'),
    serviceEnv: NodeJS.ProcessEnv = {}
  ) {
    const self = this
    this.platform = {
      async pickFiles() {
        return self.fileQueue.shift() ?? []
      },
      async pickSavePath() {
        return self.saveQueue.length ? (self.saveQueue.shift() as string | null) : null
      },
      queueFiles(files: string[]) {
        self.fileQueue.push(files)
      },
      queueSavePath(p: string | null) {
        self.saveQueue.push(p)
      }
    }
    this.host = new ServiceHost({
      fork: () => forkService({ env: { ...process.env, ...serviceEnv } }),
      userDataDir: this.settingsDir,
      dialogs: this.platform,
      emit: <E extends EventName>(event: E, payload: Events[E]) => {
        const data = `event: message\ndata: ${JSON.stringify({ event, payload })}\n\n`
        for (const c of self.clients) c.write(data)
      },
      log: (line) => console.error(line)
    })
  }

  async start(): Promise<string> {
    if (!fs.existsSync(path.join(this.rendererDir, 'index.html')))
      throw new Error(`Built renderer not found in ${this.rendererDir}: run "npx electron-vite build" first`)
    if (!fs.existsSync(SERVICE_BUNDLE)) throw new Error(`Built service not found (${SERVICE_BUNDLE}): run "npx electron-vite build" first`)
    this.host.start()
    this.server = http.createServer((req, res) => {
      const url = new URL(req.url ?? '/', 'http://127.0.0.1')
      if (req.method === 'GET' && url.pathname === '/__bridge/events') {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' })
        res.write(': connected\n\n')
        this.clients.add(res)
        req.on('close', () => this.clients.delete(res))
        return
      }
      if (req.method === 'POST' && url.pathname.startsWith('/__bridge/')) {
        const channel = decodeURIComponent(url.pathname.slice('/__bridge/'.length)) as Channel
        let body = ''
        req.on('data', (c) => (body += c))
        req.on('end', async () => {
          const result = CHANNELS.includes(channel)
            ? await this.host.call(channel, body ? JSON.parse(body) : {})
            : { ok: false, error: { code: 'INVALID_INPUT', message: `Unknown channel ${channel}` } }
          res.writeHead(200, { 'content-type': 'application/json' })
          res.end(JSON.stringify(result))
        })
        return
      }
      // Recordings as Electron's app:// handler serves them (same relay to the service, same range rules).
      if (req.method === 'GET' && url.pathname.startsWith('/media/')) {
        void this.host.media(decodeURIComponent(url.pathname.slice('/media/'.length)), (req.headers.range as string | undefined) ?? null).then((r) => {
          res.writeHead(r.status, r.headers)
          res.end(r.body)
        })
        return
      }
      const file = resolveAppPath(this.rendererDir, url.pathname, path.sep)
      if (!file || !fs.existsSync(file) || fs.statSync(file).isDirectory()) {
        res.writeHead(404)
        res.end('not found')
        return
      }
      const ext = path.extname(file)
      const type =
        { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.png': 'image/png' }[ext] ??
        'application/octet-stream'
      res.writeHead(200, { 'content-type': type })
      res.end(fs.readFileSync(file))
    })
    await new Promise<void>((resolve) => this.server!.listen(0, '127.0.0.1', resolve))
    this.url = `http://127.0.0.1:${(this.server!.address() as AddressInfo).port}/`
    await this.host.whenReady()
    return this.url
  }

  async stop(): Promise<void> {
    for (const c of this.clients) c.end()
    this.clients.clear()
    // The service closes its project (releasing the lock) and exits.
    await this.host.stop()
    await new Promise<void>((resolve) => (this.server ? this.server.close(() => resolve()) : resolve()))
    fs.rmSync(this.settingsDir, { recursive: true, force: true })
  }
}

/** Installed before the page's scripts: window.api talks to the harness over fetch and SSE. */
export const BRIDGE_SHIM = `
(() => {
  const listeners = new Map();
  let source = null;
  const ensure = () => {
    if (source) return;
    source = new EventSource('/__bridge/events');
    source.onmessage = (m) => {
      const { event, payload } = JSON.parse(m.data);
      for (const l of listeners.get(event) || []) l(payload);
    };
  };
  window.api = {
    invoke: (channel, input) =>
      fetch('/__bridge/' + encodeURIComponent(channel), {
        method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input ?? {})
      }).then((r) => r.json()),
    on: (event, cb) => {
      ensure();
      if (!listeners.has(event)) listeners.set(event, new Set());
      listeners.get(event).add(cb);
      return () => listeners.get(event).delete(cb);
    }
  };
})();
`
