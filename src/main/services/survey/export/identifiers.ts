import { createHmac, randomBytes } from 'node:crypto'
import type { VariableMeta } from '../frame'

/** What an export does with identifier variables (respondent ids, e-mails, tax codes…). */
export type IdentifierPolicy = 'omit' | 'hash' | 'keep'

/**
 * Is this variable personal identifying data? The type 'id' (respondent ids), or a variable privacy
 * marked as a direct identifier (`marked`: ids from services/privacy/identifiers.ts).
 */
export function isIdentifier(v: Pick<VariableMeta, 'type' | 'id'>, marked?: ReadonlySet<string>): boolean {
  return v.type === 'id' || (marked?.has(v.id) ?? false)
}

/**
 * Pseudonyms for one export: HMAC-SHA256 under a key drawn for this export only, so equal values get
 * equal pseudonyms within the file (rows can still be linked and counted) but nobody can recompute
 * them from a list of likely e-mails, and two exports cannot be joined on them.
 */
export function pseudonymiser(): (value: string | number) => string {
  const key = randomBytes(32)
  return (value) => createHmac('sha256', key).update(String(value)).digest('hex').slice(0, 16)
}
