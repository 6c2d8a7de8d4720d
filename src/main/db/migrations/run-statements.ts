import { sql, type Kysely } from 'kysely'

/**
 * kysely's SQLite adapter does not run migrations in a transaction (no transactional DDL flag),
 * so each migration wraps its own statements: a failing migration leaves no half-applied schema.
 */
export async function runStatements(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = splitSql(script)
  await db.transaction().execute(async (trx) => {
    for (const statement of statements) await sql.raw(statement).execute(trx)
  })
}

/** Splits on semicolons at the end of a line, keeping trigger bodies (BEGIN … END;) whole. */
export function splitSql(script: string): string[] {
  const out: string[] = []
  let current = ''
  let inTrigger = false
  for (const line of script.split('\n')) {
    const trimmed = line.trim()
    if (trimmed.startsWith('--') || trimmed === '') continue
    current += line + '\n'
    if (/^CREATE TRIGGER/i.test(trimmed)) inTrigger = true
    if (inTrigger) {
      if (/END;\s*$/i.test(trimmed)) {
        out.push(current.trim().replace(/;$/, ''))
        current = ''
        inTrigger = false
      }
    } else if (trimmed.endsWith(';')) {
      out.push(current.trim().replace(/;$/, ''))
      current = ''
    }
  }
  if (current.trim()) out.push(current.trim())
  return out
}
