import type { Result } from '../errors'
import type { AnyChannels, InputOf, OutputOf } from './define'
import type { EventName, Events } from './events'
import { projectChannels } from './project'
import { codingChannels } from './coding'
import { surveyChannels } from './survey'
import { indicatorChannels } from './indicators'
import { teamChannels } from './team'
import { teamServerChannels } from './team-server'
import { programmeChannels } from './programme'
import { registerChannels } from './register'
import { encryptionChannels } from './encryption'
import { privacyChannels } from './privacy'

/** The one IPC contract: every renderer -> main request, with its validated input and typed output. */
export const CONTRACT = {
  ...projectChannels,
  ...codingChannels,
  ...surveyChannels,
  ...indicatorChannels,
  ...teamChannels,
  ...teamServerChannels,
  ...programmeChannels,
  ...registerChannels,
  ...encryptionChannels,
  ...privacyChannels
} satisfies AnyChannels

export type Contract = typeof CONTRACT
export type Channel = keyof Contract
export type Input<C extends Channel> = InputOf<Contract[C]>
export type Output<C extends Channel> = OutputOf<Contract[C]>
export const CHANNELS = Object.keys(CONTRACT) as Channel[]

/** What the preload exposes as window.api (and the test bridge imitates). */
export interface Bridge {
  invoke<C extends Channel>(channel: C, input: Input<C>): Promise<Result<Output<C>>>
  on<E extends EventName>(event: E, listener: (payload: Events[E]) => void): () => void
}

export type { Events, EventName }
