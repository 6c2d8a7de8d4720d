import type { z } from 'zod'

/** One IPC channel: the zod schema its input is validated with in main, and (as a type only) its output. */
export interface ChannelDef<I extends z.ZodType, O> {
  input: I
  /** Phantom: never set at runtime. */
  readonly __output?: O
}

export function channel<O>() {
  return <I extends z.ZodType>(input: I): ChannelDef<I, O> => ({ input })
}

export type AnyChannels = Record<string, ChannelDef<z.ZodType, unknown>>
export type InputOf<D> = D extends ChannelDef<infer I, unknown> ? z.input<I> : never
export type ParsedInputOf<D> = D extends ChannelDef<infer I, unknown> ? z.output<I> : never
export type OutputOf<D> = D extends ChannelDef<z.ZodType, infer O> ? O : never
