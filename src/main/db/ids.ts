import { randomUUID } from 'node:crypto'

export const newId = (): string => randomUUID()
const UUID_RE = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i
/** Whether a string is an id as newId makes them (any UUID, any case). */
export const isUuid = (s: string): boolean => UUID_RE.test(s)
export const nowIso = (): string => new Date().toISOString()
