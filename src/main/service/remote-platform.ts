import { EsitiError } from '../../shared/errors'
import type { Platform } from '../platform'
import type { HostMessage, ServiceMessage } from './protocol'

type DialogAnswer = Extract<HostMessage, { type: 'dialog-result' }>

/**
 * The Platform the services see inside the service process: native dialogs are shown by the host
 * (only it has windows) and answered by message; events are pushed to it for the window.
 */
export class RemotePlatform implements Platform {
  private nextId = 1
  private readonly waiting = new Map<number, { resolve(value: unknown): void; reject(e: Error): void }>()

  constructor(
    readonly userDataDir: string,
    private readonly post: (message: ServiceMessage) => void
  ) {}

  private ask<T>(message: ServiceMessage & { type: 'dialog' }): Promise<T> {
    return new Promise<T>((resolve, reject) => {
      this.waiting.set(message.id, { resolve: resolve as (v: unknown) => void, reject })
      this.post(message)
    })
  }

  pickFiles(options: Parameters<Platform['pickFiles']>[0]): Promise<string[]> {
    return this.ask({ type: 'dialog', id: this.nextId++, kind: 'pickFiles', options })
  }

  pickSavePath(options: Parameters<Platform['pickSavePath']>[0]): Promise<string | null> {
    return this.ask({ type: 'dialog', id: this.nextId++, kind: 'pickSavePath', options })
  }

  emit: Platform['emit'] = (event, payload) => this.post({ type: 'push', event, payload })

  /** The host's answer to a dialog request. */
  answer(result: DialogAnswer): void {
    const w = this.waiting.get(result.id)
    if (!w) return
    this.waiting.delete(result.id)
    if (result.ok) w.resolve(result.value)
    else w.reject(new EsitiError('INTERNAL', 'service.dialogFailed', { detail: result.message }))
  }
}
