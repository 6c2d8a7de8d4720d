import { EsitiError, toErrorInfo, type ErrorCode, type ErrorInfo, type Result } from '../../shared/errors'
import type { MessageKey, MsgParams } from '../../shared/messages'
import type { EventName, Events } from '../../shared/ipc/events'
import type { HostMessage, MediaReply, PickFilesOptions, PickSavePathOptions, ServiceChild, ServiceMessage } from './protocol'

/*
 * The host's side of the service process (Electron main, or the browser-test bridge). It starts the
 * process, queues calls until it is ready, relays dialogs and events, and when the process dies it
 * fails the calls in flight with a clear error, tells the window, starts a new one and reopens the
 * project that was open. It never imports electron: the caller passes how to fork and how to show
 * dialogs.
 */

export interface ServiceDialogs {
  pickFiles(options: PickFilesOptions): Promise<string[]>
  pickSavePath(options: PickSavePathOptions): Promise<string | null>
}

export interface ServiceHostOptions {
  fork(): ServiceChild
  userDataDir: string
  dialogs: ServiceDialogs
  /** Pushes an event to the window(s). */
  emit<E extends EventName>(event: E, payload: Events[E]): void
  /** After job:cancel, how long the job may take to stop before the process is ended (default 5 s). */
  cancelGraceMs?: number
  log?(line: string): void
}

interface Pending {
  channel: string
  jobId: string | undefined
  /** Posted to a process (a call still queued when its process dies is sent to the next one). */
  sent: boolean
  resolve(result: Result<unknown>): void
}

/** Restarts allowed in CRASH_WINDOW_MS before the project is no longer reopened, then before giving up. */
const CRASH_WINDOW_MS = 60_000
const REOPEN_LIMIT = 3
const RESTART_LIMIT = 5

const serviceError = (code: ErrorCode, key: MessageKey, params?: MsgParams): Result<never> => ({
  ok: false,
  error: toErrorInfo(new EsitiError(code, key, params))
})

export class ServiceHost {
  private child: ServiceChild | null = null
  private ready = false
  private stopping = false
  private failed: ErrorInfo | null = null
  private nextId = 1
  /** Calls waiting for a process to be ready, by id. */
  private readonly queue: number[] = []
  private readonly messages = new Map<number, HostMessage>()
  private readonly pending = new Map<number, Pending>()
  /** Calls whose job the user cancelled, with the timer that ends the process if they do not stop. */
  private readonly cancelling = new Map<number, ReturnType<typeof setTimeout>>()
  private readonly crashes: number[] = []
  private openProject: string | null = null
  private starts = 0
  private readyWaiters: { resolve(): void; reject(e: Error): void }[] = []

  constructor(private readonly options: ServiceHostOptions) {}

  /** The service process's id (undefined before it started). */
  get pid(): number | undefined {
    return this.child?.pid
  }

  /** The project the service has open, as last reported. */
  get projectPath(): string | null {
    return this.openProject
  }

  /** How many service processes were started (1 + restarts). */
  get startCount(): number {
    return this.starts
  }

  start(): void {
    this.spawn(null)
  }

  /** Resolves once the current service process answers calls; rejects if the host gave up. */
  whenReady(): Promise<void> {
    if (this.failed) return Promise.reject(new Error(this.failed.message))
    return this.ready ? Promise.resolve() : new Promise((resolve, reject) => this.readyWaiters.push({ resolve, reject }))
  }

  /** Sends one channel call to the service; every failure comes back as a Result, never a throw. */
  call(channel: string, input: unknown): Promise<Result<unknown>> {
    if (this.failed) return Promise.resolve({ ok: false, error: this.failed })
    if (this.stopping) return Promise.resolve(serviceError('SERVICE_STOPPED', 'service.stopping'))
    const id = this.nextId++
    const jobId = jobIdOf(input)
    const result = new Promise<Result<unknown>>((resolve) => this.pending.set(id, { channel, jobId, sent: false, resolve }))
    if (channel === 'job:cancel' && typeof jobId === 'string') this.watchCancel(jobId)
    this.messages.set(id, { type: 'call', id, channel, input })
    this.queue.push(id)
    this.flush()
    return result
  }

  /**
   * A recording's bytes for the app:// protocol (or the test bridge), read by the service from the
   * open project. Never throws: a stopped or restarting service answers 503, no project 404.
   */
  async media(sourceId: string, range: string | null): Promise<MediaReply> {
    const unavailable = (status: number, text: string): MediaReply => ({
      status,
      headers: { 'content-type': 'text/plain' },
      body: new TextEncoder().encode(text)
    })
    if (this.failed || this.stopping) return unavailable(503, 'Service Unavailable')
    const id = this.nextId++
    const result = new Promise<Result<unknown>>((resolve) => this.pending.set(id, { channel: 'media', jobId: undefined, sent: false, resolve }))
    this.messages.set(id, { type: 'media', id, sourceId, range })
    this.queue.push(id)
    this.flush()
    const r = await result
    if (!r.ok) return unavailable(503, 'Service Unavailable')
    const reply = r.value as MediaReply
    // Structured clone turns the service's Buffer into a plain Uint8Array; either is a valid body.
    return { status: reply.status, headers: reply.headers, body: new Uint8Array(reply.body) }
  }

  /** Asks the service to close its project and exit; ends it if it has not within `graceMs`. */
  async stop(graceMs = 3000): Promise<void> {
    if (this.stopping) return
    this.stopping = true
    const child = this.child
    if (!child) return
    await new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        child.kill()
        resolve()
      }, graceMs)
      child.onExit(() => {
        clearTimeout(timer)
        resolve()
      })
      child.post({ type: 'shutdown' })
    })
    this.failAll(serviceError('SERVICE_STOPPED', 'service.stopping'))
    this.queue.splice(0)
    this.messages.clear()
  }

  /** Posts the queued calls, in order, once a process is ready. */
  private flush(): void {
    if (!this.ready || !this.child) return
    for (const id of this.queue.splice(0)) {
      const p = this.pending.get(id)
      const message = this.messages.get(id)
      this.messages.delete(id)
      if (!p || !message) continue
      p.sent = true
      this.child.post(message)
    }
  }

  private spawn(reopen: string | null): void {
    this.ready = false
    this.starts++
    let child: ServiceChild
    try {
      child = this.options.fork()
    } catch (e) {
      // Could not even start: counted like a crash, so that it is retried a few times, then given up.
      this.options.log?.(`esiti: the service process could not start: ${(e as Error).message}`)
      this.child = null
      setTimeout(() => this.died(null), 100)
      return
    }
    this.child = child
    let exited = false
    child.onMessage((m) => {
      if (this.child === child) this.receive(m, reopen)
    })
    child.onExit((code) => {
      if (exited) return
      exited = true
      if (this.child === child) this.died(code)
    })
  }

  private receive(m: ServiceMessage, reopen: string | null): void {
    switch (m.type) {
      case 'hello':
        this.child!.post({ type: 'init', userDataDir: this.options.userDataDir, reopen })
        return
      case 'ready':
        this.ready = true
        this.openProject = m.reopened && !m.reopened.error ? m.reopened.path : null
        this.flush()
        for (const w of this.readyWaiters.splice(0)) w.resolve()
        if (this.starts > 1) this.announceRestart(m.reopened)
        return
      case 'reply': {
        const p = this.pending.get(m.id)
        if (!p) return
        this.pending.delete(m.id)
        clearTimeout(this.cancelling.get(m.id))
        this.cancelling.delete(m.id)
        p.resolve(m.result)
        return
      }
      case 'push':
        this.options.emit(m.event, m.payload as never)
        return
      case 'dialog':
        void this.dialog(m)
        return
      case 'project':
        this.openProject = m.path
    }
  }

  private async dialog(m: Extract<ServiceMessage, { type: 'dialog' }>): Promise<void> {
    const child = this.child
    try {
      const value = m.kind === 'pickFiles' ? await this.options.dialogs.pickFiles(m.options) : await this.options.dialogs.pickSavePath(m.options)
      if (this.child === child) child?.post({ type: 'dialog-result', id: m.id, ok: true, value })
    } catch (e) {
      if (this.child === child) child?.post({ type: 'dialog-result', id: m.id, ok: false, message: (e as Error).message })
    }
  }

  /**
   * job:cancel reaches the service as a message, and the job stops at its next check. A job stuck
   * in work that does not check (one long synchronous step) is stopped by ending the process: the
   * project's last transaction rolls back, and the restart reopens it.
   */
  private watchCancel(jobId: string): void {
    for (const [id, p] of this.pending) {
      if (p.jobId !== jobId || p.channel === 'job:cancel' || this.cancelling.has(id)) continue
      const timer = setTimeout(() => {
        if (!this.pending.has(id) || !this.child) return
        this.options.log?.(`esiti: job ${jobId} did not stop within ${this.graceMs} ms of its cancellation: restarting the service`)
        this.child.kill()
      }, this.graceMs)
      this.cancelling.set(id, timer)
    }
  }

  private get graceMs(): number {
    return this.options.cancelGraceMs ?? 5000
  }

  private died(code: number | null): void {
    this.ready = false
    this.child = null
    if (this.stopping) return
    const cancelled = new Set(this.cancelling.keys())
    for (const t of this.cancelling.values()) clearTimeout(t)
    this.cancelling.clear()
    const now = Date.now()
    if (cancelled.size === 0) this.crashes.push(now)
    while (this.crashes.length && now - this.crashes[0] > CRASH_WINDOW_MS) this.crashes.shift()
    this.options.log?.(`esiti: the service process ended (code ${code}); ${cancelled.size ? 'cancelled job' : 'crash'}`)
    // Calls the dead process had received fail; calls it never saw wait for the next one.
    for (const [id, p] of this.pending) {
      if (!p.sent) continue
      this.pending.delete(id)
      p.resolve(
        cancelled.has(id)
          ? serviceError('CANCELLED', 'core.cancelled')
          : serviceError('SERVICE_RESTARTED', cancelled.size ? 'service.interruptedByCancel' : 'service.restarted')
      )
    }
    if (this.crashes.length >= RESTART_LIMIT) {
      this.failed = toErrorInfo(new EsitiError('SERVICE_FAILED', 'service.failed', { count: this.crashes.length }))
      this.failAll({ ok: false, error: this.failed })
      this.queue.splice(0)
      this.messages.clear()
      for (const w of this.readyWaiters.splice(0)) w.reject(new Error(this.failed.message))
      this.options.emit('service:status', { state: 'failed', reason: 'crashed', project: this.openProject, error: this.failed })
      return
    }
    // After several crashes in a row the project may be the cause: the next process starts empty.
    const reopen = this.crashes.length >= REOPEN_LIMIT ? null : this.openProject
    this.options.emit('service:status', { state: 'restarting', reason: cancelled.size ? 'cancelled' : 'crashed', project: this.openProject, error: null })
    this.lastReason = cancelled.size ? 'cancelled' : 'crashed'
    this.spawn(reopen)
  }

  private lastReason: 'crashed' | 'cancelled' = 'crashed'

  private announceRestart(reopened: Extract<ServiceMessage, { type: 'ready' }>['reopened']): void {
    this.options.emit('service:status', {
      state: 'ready',
      reason: this.lastReason,
      project: reopened && !reopened.error ? reopened.path : null,
      error: reopened?.error ?? null
    })
    this.options.emit('project:changed', { reason: 'service-restarted' })
  }

  private failAll(result: Result<never>): void {
    for (const p of this.pending.values()) p.resolve(result)
    this.pending.clear()
  }
}

function jobIdOf(input: unknown): string | undefined {
  const v = input && typeof input === 'object' ? (input as { jobId?: unknown }).jobId : undefined
  return typeof v === 'string' ? v : undefined
}
