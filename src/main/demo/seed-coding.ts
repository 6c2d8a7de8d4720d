import { msg } from '../../shared/messages'
import { EsitiError } from '../../shared/errors'
import type { LinkKind } from '../../shared/ipc/coding'
import { mutate, type Writer } from '../db/op-log'
import type { Ctx } from '../services/context'
import { createAttributeRow, writeCaseValue } from '../services/coding/attributes'
import { createCaseRow } from '../services/coding/cases'
import { ensureCoder } from '../services/coding/coders'
import { createCodeLink, resolveLinkTarget } from '../services/coding/code-links'
import { createCode } from '../services/coding/codes'
import { createCoding, findQuote } from '../services/coding/codings'
import { createMemoRow } from '../services/coding/memos'
import { importTranscriptBytes } from '../services/transcripts/source-service'
import { loadSource } from '../services/transcripts/source-text'
import { caseAttributes, cases } from './content/cases'
import { codebook } from './content/codebook'
import { interview as t01 } from './content/transcripts/t01'
import { interview as t02 } from './content/transcripts/t02'
import { interview as t03 } from './content/transcripts/t03'
import { interview as t04 } from './content/transcripts/t04'
import { interview as t05 } from './content/transcripts/t05'
import { interview as t06 } from './content/transcripts/t06'
import { interview as t07 } from './content/transcripts/t07'
import { interview as t08 } from './content/transcripts/t08'
import type { DemoCode, DemoInterview } from './content/types'

const INTERVIEWS: DemoInterview[] = [t01, t02, t03, t04, t05, t06, t07, t08]
const SEED = { kind: 'demo.seed', summary: msg('demoContent.op.seedCoding') }
const UNLOGGED = { log: false }

/** Links a code to an SDG goal or action; a missing target is an error unless the programme part was not seeded at all. */
function link(w: Writer, codeId: string, kind: LinkKind, ref: string): void {
  const table = kind === 'sdg_goal' ? 'sdg_goals' : 'actions'
  if (!w.project.sqlite.prepare(`SELECT 1 FROM ${table} LIMIT 1`).get()) return
  createCodeLink(w, codeId, kind, resolveLinkTarget(w.project, kind, ref))
}

/** The codebook tree with definitions and links; returns code ids by path ("Parent > Child"). */
function seedCodebook(w: Writer, actor: string): Map<string, string> {
  const ids = new Map<string, string>()
  const walk = (codes: DemoCode[], parentId: string | null, prefix: string): void =>
    codes.forEach((c, sort) => {
      const path = prefix ? `${prefix} > ${c.name}` : c.name
      const id = createCode(w, {
        name: c.name,
        parentId,
        color: c.color,
        definition: c.definition,
        whenToUse: c.whenToUse,
        whenNotToUse: c.whenNotToUse,
        example: c.example,
        sort,
        createdBy: actor
      })
      ids.set(path, id)
      for (const n of c.sdgs ?? []) link(w, id, 'sdg_goal', String(n))
      for (const a of c.actions ?? []) link(w, id, 'action', a)
      walk(c.children ?? [], id, path)
    })
  walk(codebook, null, '')
  return ids
}

/** Attributes and the eight interviewees, linked to their organisations when the programme part is there. */
function seedCases(w: Writer): Map<string, string> {
  const attrIds = new Map<string, string>()
  for (const a of caseAttributes) attrIds.set(a.name, createAttributeRow(w, { name: a.name, type: a.type, choices: a.choices ?? null }))
  const caseIds = new Map<string, string>()
  for (const c of cases) {
    const org = c.organisation
      ? (w.project.sqlite.prepare('SELECT id FROM organisations WHERE name = ?').get(c.organisation) as { id: string } | undefined)
      : undefined
    const id = createCaseRow(w, { name: c.name, kind: c.kind, organisationId: org?.id ?? null })
    caseIds.set(c.name, id)
    for (const [name, value] of Object.entries(c.attributes)) {
      const attr = attrIds.get(name)
      if (!attr) throw new EsitiError('INTERNAL', 'demoContent.unknownAttribute', { case: c.name, attribute: name })
      writeCaseValue(w, id, attr, value)
    }
  }
  return caseIds
}

/**
 * Seeds the qualitative strand of the MIRE demo through the real services: coders Giulia and Marco,
 * the codebook with its SDG and action links, case attributes and cases, the eight transcripts
 * imported as UTF-8 text files, every coding by quote and occurrence, and a few memos. Nothing is
 * recorded in the undo history.
 */
export async function seedCoding(ctx: Ctx): Promise<void> {
  const meta = { actor: ctx.actor, ...SEED }
  const { codeIds, caseIds, coderIds } = mutate(
    ctx.project,
    meta,
    (w) => ({
      coderIds: new Map([
        ['Giulia', ensureCoder(w, 'Giulia', '#e15759')],
        ['Marco', ensureCoder(w, 'Marco', '#4e79a7')]
      ]),
      codeIds: seedCodebook(w, 'Giulia'),
      caseIds: seedCases(w)
    }),
    UNLOGGED
  )
  const sourceIds = new Map<string, string>()
  for (const { transcript } of INTERVIEWS) {
    const caseId = caseIds.get(transcript.caseName)
    if (!caseId) throw new EsitiError('INTERNAL', 'demoContent.unknownCase', { source: transcript.name, case: transcript.caseName })
    const bytes = Buffer.from(transcript.text, 'utf8')
    const s = await importTranscriptBytes(ctx, bytes, `${transcript.name}.txt`, { caseId, name: transcript.name }, UNLOGGED)
    sourceIds.set(transcript.name, s.id)
  }
  for (const { transcript, codings } of INTERVIEWS) {
    const sourceId = sourceIds.get(transcript.name)!
    const source = loadSource(ctx.project, sourceId)
    mutate(
      ctx.project,
      meta,
      (w) => {
        for (const c of codings) {
          const codeId = codeIds.get(c.code)
          if (!codeId) throw new EsitiError('INTERNAL', 'demoContent.unknownCode', { source: transcript.name, code: c.code })
          const { start, end } = findQuote(source.text, c.quote, c.occurrence ?? 1, source.name)
          createCoding(w, { sourceId, codeId, coderId: coderIds.get(c.coder)!, start, end, comment: c.comment })
        }
      },
      UNLOGGED
    )
  }
  mutate(
    ctx.project,
    meta,
    (w) => {
      createMemoRow(w, {
        targetKind: 'project',
        title: 'Diario di codifica – avvio',
        body:
          'Codebook condiviso con Marco dopo la lettura delle prime due interviste (Lombardi, Russo). ' +
          'Concordato di codificare in parallelo le interviste 01 e 05 per il controllo di accordo; ' +
          'le altre sono divise a metà. Le citazioni per il rapporto vanno marcate con un commento.',
        author: 'Giulia',
        createdAt: '2023-05-22T09:30:00.000Z'
      })
      createMemoRow(w, {
        targetKind: 'project',
        title: 'Diario di codifica – revisione',
        body:
          'Dopo il confronto: "Difficoltà e limiti" si usa anche per chi resta escluso dal lavoro agile (produzione, magazzino). ' +
          'Da rivedere il confine tra "Carichi di cura" e "Bisogni dei lavoratori".',
        author: 'Marco',
        createdAt: '2023-06-05T15:10:00.000Z'
      })
      const cura = codeIds.get('Conciliazione vita-lavoro > Carichi di cura')
      if (cura)
        createMemoRow(w, {
          targetKind: 'code',
          targetId: cura,
          title: 'Carichi di cura: confine',
          body: 'Usare quando la cura (figli, genitori anziani) è il motivo esplicito della richiesta; altrimenti "Bisogni dei lavoratori".',
          author: 'Marco',
          createdAt: '2023-06-05T15:20:00.000Z'
        })
      const elena = caseIds.get('Elena Greco')
      if (elena)
        createMemoRow(w, {
          targetKind: 'case',
          targetId: elena,
          title: 'Elena Greco – fonte dei dati dello sportello',
          body: 'I numeri dello sportello citati nell’intervista coincidono con la rendicontazione inviata al Comune: usarli come triangolazione.',
          author: 'Giulia',
          createdAt: '2023-05-25T11:00:00.000Z'
        })
      const first = sourceIds.get(t01.transcript.name)
      if (first)
        createMemoRow(w, {
          targetKind: 'source',
          targetId: first,
          title: 'Contesto dell’intervista',
          body: `Intervista del ${t01.transcript.date} in azienda; registrazione audio completa, trascrizione rivista da Giulia.`,
          author: 'Giulia',
          createdAt: '2023-05-20T10:00:00.000Z'
        })
    },
    UNLOGGED
  )
}
