import type { Ctx } from '../services/context'
import { setRule } from '../services/privacy/key-store'
import { applyPseudonymisation } from '../services/privacy/pseudonymise'

/** The demo transcript shown pseudonymised: its interviewee is a freelancer, named only in the text. */
export const DEMO_PSEUDONYMISED = 'Intervista 04 – Libero professionista in coworking'

/**
 * Issue 17 in the demo: one transcript pseudonymised through the real service, the way a team would
 * do it before sharing — a "never" rule for a Milan district the names list takes for a surname,
 * the proposed hits accepted, "[Persona N]" labels, the original kept hidden (listed by `privacy
 * originals`, counted in Programme › Personal data) with its codings carried over and verified. The
 * participant lists of the register already hold pseudonyms (P-0001…). Like the rest of the seed,
 * nothing here is undoable: the log entries go.
 */
export function seedPrivacy(ctx: Ctx): void {
  const db = ctx.project.sqlite
  const mark = (db.prepare('SELECT COALESCE(MAX(seq), 0) AS s FROM op_log').get() as { s: number }).s
  setRule(ctx, 'Porta Venezia', 'never', 'person')
  applyPseudonymisation(ctx, { sources: [DEMO_PSEUDONYMISED], accept: 'suggested', original: 'keep', style: 'label', language: 'it' })
  ctx.project.tx(() => db.prepare('DELETE FROM op_log WHERE seq > ?').run(mark))
}
