/**
 * A message produced by the services: a stable key and its parameters, never a finished sentence.
 * The window words it in the interface language, the CLI in English (or Italian with --locale it);
 * `englishText()` gives the sentence for logs. A parameter that is itself a Msg (e.g. the kind of
 * thing not found) is translated first, so nothing English leaks into an Italian sentence.
 */
export type MsgParam = string | number | boolean | null | undefined | readonly (string | number)[] | Msg
export type MsgParams = Record<string, MsgParam>

export interface Msg {
  key: string
  params?: MsgParams
}

export const isMsg = (v: unknown): v is Msg =>
  typeof v === 'object' && v !== null && typeof (v as Msg).key === 'string' && !Array.isArray(v)
