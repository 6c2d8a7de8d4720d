import { mutate } from '../../../src/main/db/op-log'
import type { Ctx } from '../../../src/main/services/context'
import {
  insertCase,
  insertCode,
  insertCoder,
  insertCoding,
  insertMemo,
  insertSource
} from '../../../src/main/services/team/rows'

/** Texts with what breaks naive offset handling: accents, emoji (astral), CRLF in the input. */
export const TEXTS = {
  'Intervista 01 – HR': 'Domanda: com’è andato lo smart working?\r\n\r\nRisposta: bene 😀, soprattutto per chi ha figli 👨‍👩‍👧.\r\nIl coworking di via Giambellino è più vicino.',
  'Intervista 02 – Dipendente': 'Il welfare aziendale è utile.\n\nSenza il nido 🏫 non avrei potuto tornare al lavoro.'
}

export interface Rich {
  coders: Record<string, string>
  codes: Record<string, string>
  sources: Record<string, string>
  cases: Record<string, string>
  codings: string[]
}

/** A small project using every entity a REFI round trip must keep. */
export function buildRichProject(ctx: Ctx): Rich {
  return mutate(ctx.project, { actor: 'test', kind: 'test.rich', summary: { key: 'legacy.text', params: { text: 'rich project' } } }, (w) => {
    const coders = { Anna: insertCoder(w, { name: 'Anna', color: '#e15759' }), Bruno: insertCoder(w, { name: 'Bruno' }) }
    const smart = insertCode(w, { name: 'Smart working', color: '#4E79A7', definition: 'Lavoro agile & remoto <da casa>' })
    const codes = {
      'Smart working': smart,
      Benefici: insertCode(w, {
        name: 'Benefici',
        parentId: smart,
        color: '#59a14f',
        definition: 'Vantaggi percepiti',
        whenToUse: 'Quando l’intervistato cita un vantaggio',
        whenNotToUse: 'Per i costi',
        example: '"risparmio tempo"'
      }),
      Conciliazione: insertCode(w, { name: 'Conciliazione', color: '#f28e2b' })
    }
    const cases = {
      'Maria R.': insertCase(w, { name: 'Maria R.', description: 'Responsabile HR' }),
      'Luca B.': insertCase(w, { name: 'Luca B.' })
    }
    const ruolo = w.insert('attributes', { name: 'Ruolo', type: 'category', choices: '["HR","Dipendente"]' })
    const eta = w.insert('attributes', { name: 'Età', type: 'number', choices: null, sort: 1 })
    const intervista = w.insert('attributes', { name: 'Data intervista', type: 'date', choices: null, sort: 2 })
    const figli = w.insert('attributes', { name: 'Figli', type: 'boolean', choices: null, sort: 3 })
    const note = w.insert('attributes', { name: 'Note', type: 'text', choices: null, sort: 4 })
    const values: [string, string, string | null][] = [
      [cases['Maria R.'], ruolo, 'HR'],
      [cases['Maria R.'], eta, '47'],
      [cases['Maria R.'], intervista, '2022-05-10'],
      [cases['Maria R.'], figli, 'true'],
      [cases['Maria R.'], note, 'Ha chiesto l’anonimato & <riservatezza>'],
      [cases['Luca B.'], ruolo, 'Dipendente'],
      [cases['Luca B.'], eta, '31.5'],
      [cases['Luca B.'], figli, 'false']
    ]
    for (const [caseId, attributeId, value] of values) w.insert('case_values', { case_id: caseId, attribute_id: attributeId, value })
    const names = Object.keys(TEXTS) as (keyof typeof TEXTS)[]
    const sources = {
      [names[0]]: insertSource(w, { name: names[0], text: TEXTS[names[0]], caseId: cases['Maria R.'], importedBy: 'Anna' }),
      [names[1]]: insertSource(w, { name: names[1], text: TEXTS[names[1]] })
    }
    w.insert('case_segments', { case_id: cases['Luca B.'], source_id: sources[names[1]], start: 0, end: 29 })
    const text = (id: string): string =>
      (ctx.project.sqlite.prepare('SELECT text FROM sources WHERE id = ?').get(id) as { text: string }).text
    const coding = (src: string, code: string, coder: string, quote: string, comment?: string): string => {
      const t = text(sources[src])
      const start = t.indexOf(quote)
      if (start < 0) throw new Error(`quote not found: ${quote}`)
      return insertCoding(w, {
        sourceId: sources[src],
        codeId: codes[code as keyof typeof codes],
        coderId: coders[coder as keyof typeof coders],
        start,
        end: start + quote.length,
        quote,
        comment,
        createdAt: '2024-03-01T10:00:00.000Z'
      })
    }
    const codings = [
      coding(names[0], 'Benefici', 'Anna', 'bene 😀, soprattutto per chi ha figli 👨‍👩‍👧', 'Emoji nel testo'),
      coding(names[0], 'Benefici', 'Bruno', 'soprattutto per chi ha figli 👨‍👩‍👧.'),
      coding(names[0], 'Smart working', 'Anna', 'Il coworking di via Giambellino è più vicino.'),
      coding(names[1], 'Conciliazione', 'Bruno', 'Senza il nido 🏫 non avrei potuto tornare al lavoro.'),
      coding(names[1], 'Conciliazione', 'Anna', 'Il welfare aziendale è utile.')
    ]
    insertMemo(w, { targetKind: 'project', targetId: null, title: 'Diario di progetto', body: 'Prime impressioni.\nSeconda riga.', author: 'Anna' })
    insertMemo(w, { targetKind: 'source', targetId: sources[names[0]], title: 'Contesto', body: 'Intervista in presenza.', author: 'Bruno' })
    insertMemo(w, { targetKind: 'code', targetId: codes.Benefici, title: 'Definizione discussa', body: 'Da rivedere con il gruppo.', author: 'Carla' })
    insertMemo(w, { targetKind: 'coding', targetId: codings[0], title: 'Perché', body: 'Il tono è ironico?', author: 'Anna' })
    insertMemo(w, { targetKind: 'case', targetId: cases['Maria R.'], title: 'Profilo', body: 'Ruolo chiave nel progetto.', author: null })
    return { coders, codes, sources, cases, codings }
  })
}
