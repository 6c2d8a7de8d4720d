import { describe, expect, it } from 'vitest'
import type { HostMessage, ServiceChild, ServiceMessage } from '../../../src/main/service/protocol'
import { ServiceHost } from '../../../src/main/service/service-host'

/**
 * The host's rules with a scripted stand-in for the service process: what it queues, how a job that
 * ignores its cancellation is stopped, when it stops reopening the project and when it gives up.
 */
class FakeService implements ServiceChild {
  static all: FakeService[] = []
  readonly received: HostMessage[] = []
  private listener: (m: ServiceMessage) => void = () => undefined
  private exitListeners: ((code: number | null) => void)[] = []
  killed = false
  readonly pid = 1000 + FakeService.all.length
  /** How it answers calls; undefined = never (a job stuck in synchronous work). */
  answer: (channel: string, input: unknown) => unknown = () => null
  constructor() {
    FakeService.all.push(this)
    queueMicrotask(() => this.listener({ type: 'hello', pid: this.pid }))
  }
  post(m: HostMessage): void {
    this.received.push(m)
    if (m.type === 'init') this.listener({ type: 'ready', reopened: m.reopen ? { path: m.reopen, error: null } : null })
    if (m.type === 'call') {
      const value = this.answer(m.channel, m.input)
      if (value !== undefined) queueMicrotask(() => this.listener({ type: 'reply', id: m.id, result: { ok: true, value } }))
    }
  }
  onMessage(l: (m: ServiceMessage) => void): void {
    this.listener = l
  }
  onExit(l: (code: number | null) => void): void {
    this.exitListeners.push(l)
  }
  say(m: ServiceMessage): void {
    this.listener(m)
  }
  kill(): void {
    this.killed = true
    this.crash(null)
  }
  crash(code: number | null = 1): void {
    for (const l of this.exitListeners) l(code)
  }
}

function makeHost(cancelGraceMs = 30) {
  FakeService.all = []
  const events: { event: string; payload: unknown }[] = []
  const host = new ServiceHost({
    fork: () => new FakeService(),
    userDataDir: '/tmp/settings',
    dialogs: {
      pickFiles: async () => {
        throw new Error('no display')
      },
      pickSavePath: async () => '/tmp/x.esiti'
    },
    emit: (event, payload) => events.push({ event, payload }),
    cancelGraceMs
  })
  host.start()
  return { host, events, service: (i = -1) => FakeService.all.at(i)! }
}

describe('service host', () => {
  it('queues calls until the service is ready, then sends them in order', async () => {
    const { host, service } = makeHost()
    const a = host.call('app:settings', {})
    const b = host.call('project:current', {})
    expect(service().received).toEqual([])
    expect(await a).toEqual({ ok: true, value: null })
    expect(await b).toEqual({ ok: true, value: null })
    expect(service().received.map((m) => m.type)).toEqual(['init', 'call', 'call'])
  })

  it('stops a job that does not stop after job:cancel by ending the process, and reopens the project', async () => {
    const { host, events, service } = makeHost()
    await host.whenReady()
    service().say({ type: 'project', path: '/p/a.esiti' })
    // The import never answers (stuck), nor does a read made meanwhile; job:cancel is answered.
    service().answer = (channel) => (channel === 'job:cancel' ? true : undefined)
    const job = host.call('survey:import', { file: 'x.xlsx', jobId: 'job-1' })
    const other = host.call('survey:rows', { dataset: 'd' })
    expect(await host.call('job:cancel', { jobId: 'job-1' })).toEqual({ ok: true, value: true })
    expect(await job).toEqual({ ok: false, error: { code: 'CANCELLED', key: 'core.cancelled', params: {}, message: 'Cancelled: nothing was changed.' } })
    const r = await other
    expect(!r.ok && r.error.code).toBe('SERVICE_RESTARTED')
    expect(FakeService.all[0].killed).toBe(true)
    await host.whenReady()
    expect(service().received[0]).toEqual({ type: 'init', userDataDir: '/tmp/settings', reopen: '/p/a.esiti' })
    expect(events.filter((e) => e.event === 'service:status').map((e) => e.payload)).toEqual([
      { state: 'restarting', reason: 'cancelled', project: '/p/a.esiti', error: null },
      { state: 'ready', reason: 'cancelled', project: '/p/a.esiti', error: null }
    ])
    expect(host.projectPath).toBe('/p/a.esiti')
  })

  it('leaves a job alone when it stops by itself after job:cancel', async () => {
    const { host, service } = makeHost(20)
    await host.whenReady()
    let stop: () => void = () => undefined
    service().answer = (channel) => {
      if (channel === 'survey:import') return undefined
      stop()
      return true
    }
    const job = host.call('survey:import', { jobId: 'job-2' })
    const stopped = { code: 'CANCELLED' as const, key: 'core.cancelled', params: {}, message: 'stopped' }
    stop = () => service().say({ type: 'reply', id: 1, result: { ok: false, error: stopped } })
    await host.call('job:cancel', { jobId: 'job-2' })
    expect(await job).toEqual({ ok: false, error: stopped })
    await new Promise((r) => setTimeout(r, 60))
    expect(FakeService.all).toHaveLength(1)
    expect(service().killed).toBe(false)
  })

  it('a call made while the process restarts waits for the new one instead of failing', async () => {
    const { host, service } = makeHost()
    await host.whenReady()
    service().answer = () => undefined
    const inFlight = host.call('coding:codes', {})
    service().crash()
    // The new process has not said hello yet: this call is queued, not lost.
    const later = host.call('app:settings', {})
    const failed = await inFlight
    expect(!failed.ok && failed.error.code).toBe('SERVICE_RESTARTED')
    expect(await later).toEqual({ ok: true, value: null })
    expect(FakeService.all).toHaveLength(2)
  })

  it('a process that cannot even be started is retried, then given up with a clear error', async () => {
    FakeService.all = []
    const events: unknown[] = []
    let forks = 0
    const host = new ServiceHost({
      fork: () => {
        forks++
        throw new Error('spawn ENOENT')
      },
      userDataDir: '/tmp/settings',
      dialogs: { pickFiles: async () => [], pickSavePath: async () => null },
      emit: (event, payload) => events.push({ event, payload })
    })
    host.start()
    const r = await host.call('app:settings', {})
    expect(!r.ok && r.error.code).toBe('SERVICE_FAILED')
    expect(forks).toBe(5)
    await expect(host.whenReady()).rejects.toThrow(/stopped 5 times in a minute/)
    expect(events.at(-1)).toMatchObject({ event: 'service:status', payload: { state: 'failed' } })
  })

  it('a dialog that fails is answered with its error, so the call in the service can fail cleanly', async () => {
    const { host, service } = makeHost()
    await host.whenReady()
    service().say({ type: 'dialog', id: 7, kind: 'pickFiles', options: { title: 't', filters: [] } })
    service().say({ type: 'dialog', id: 8, kind: 'pickSavePath', options: { title: 't', defaultName: 'x', filters: [] } })
    await new Promise((r) => setTimeout(r, 0))
    expect(service().received.filter((m) => m.type === 'dialog-result')).toEqual([
      { type: 'dialog-result', id: 7, ok: false, message: 'no display' },
      { type: 'dialog-result', id: 8, ok: true, value: '/tmp/x.esiti' }
    ])
  })

  it('stops reopening the project after three crashes in a minute, and gives up after five', async () => {
    const { host, events, service } = makeHost()
    await host.whenReady()
    service().say({ type: 'project', path: '/p/crashy.esiti' })
    const reopens: (string | null)[] = []
    for (let i = 0; i < 4; i++) {
      service().crash()
      await host.whenReady()
      const init = service().received[0] as Extract<HostMessage, { type: 'init' }>
      reopens.push(init.reopen)
      if (init.reopen) service().say({ type: 'project', path: init.reopen })
    }
    expect(reopens).toEqual(['/p/crashy.esiti', '/p/crashy.esiti', null, null])
    service().crash()
    expect(FakeService.all).toHaveLength(5)
    const r = await host.call('app:settings', {})
    expect(!r.ok && r.error.code).toBe('SERVICE_FAILED')
    expect(events.at(-1)).toMatchObject({ event: 'service:status', payload: { state: 'failed' } })
  })
})
