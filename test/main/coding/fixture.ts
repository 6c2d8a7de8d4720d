import { mutate } from '../../../src/main/db/op-log'
import type { Ctx } from '../../../src/main/services/context'
import { ensureCoder } from '../../../src/main/services/coding/coders'
import { createCode } from '../../../src/main/services/coding/codes'
import { createCoding, findQuote } from '../../../src/main/services/coding/codings'
import { ensureCase } from '../../../src/main/services/coding/cases'
import { createSourceFromText } from '../../../src/main/services/transcripts/source-service'

export const TEXT_A = [
  'INT: Perché avete aderito al progetto MIRE?',
  '',
  'R: L’abbiamo fatto per le persone 😀, davvero. Lo smart working ci ha cambiato la vita. Perché no?',
  '',
  'INT: E il coworking?',
  '',
  'R: Il coworking è stato utile, soprattutto per le mamme. Però i costi erano alti.'
].join('\n')

export const TEXT_B = [
  'INT: Com’è andata la Cittadella del welfare?',
  '',
  'R: Bene. Lo sportello ha aiutato molte donne con figli piccoli. Lo smart working invece no.',
  '',
  'INT: Perche lo dice?',
  '',
  'R: Perché in produzione non si può fare.'
].join('\n')

export interface Small {
  sources: { a: string; b: string }
  codes: { sw: string; swBenefits: string; swLimits: string; cw: string; welfare: string }
  coders: { giulia: string; marco: string }
  cases: { anna: string; bruno: string }
}

/** Two interviews, a small codebook, two coders and two cases, written in one unlogged transaction. */
export function seedSmall(ctx: Ctx): Small {
  return mutate(
    ctx.project,
    { actor: ctx.actor, kind: 'test.seed', summary: { key: 'legacy.text', params: { text: 'seed' } } },
    (w) => {
      const anna = ensureCase(w, 'Anna')
      const bruno = ensureCase(w, 'Bruno')
      const a = createSourceFromText(w, { name: 'Intervista A', text: TEXT_A, caseId: anna }).id
      const b = createSourceFromText(w, { name: 'Intervista B', text: TEXT_B, caseId: bruno }).id
      const sw = createCode(w, { name: 'Smart working', color: '#4e79a7' })
      const swBenefits = createCode(w, { name: 'Benefici', parentId: sw })
      const swLimits = createCode(w, { name: 'Limiti', parentId: sw })
      const cw = createCode(w, { name: 'Coworking', color: '#f28e2b' })
      const welfare = createCode(w, { name: 'Welfare', color: '#59a14f' })
      const giulia = ensureCoder(w, 'Giulia')
      const marco = ensureCoder(w, 'Marco')
      return { sources: { a, b }, codes: { sw, swBenefits, swLimits, cw, welfare }, coders: { giulia, marco }, cases: { anna, bruno } }
    },
    { log: false }
  )
}

/** Codes a quote directly (unlogged), for arranging test data. */
export function codeQuote(ctx: Ctx, sourceId: string, text: string, quote: string, codeId: string, coderId: string, occurrence = 1): string {
  const { start, end } = findQuote(text, quote, occurrence)
  return mutate(ctx.project, { actor: ctx.actor, kind: 'test', summary: { key: 'legacy.text', params: { text: 'code' } } }, (w) => createCoding(w, { sourceId, codeId, coderId, start, end }).id, {
    log: false
  })
}

export const count = (ctx: Ctx, sql: string, ...params: unknown[]): number =>
  (ctx.project.sqlite.prepare(sql).get(...params) as { n: number }).n
