import { EsitiError } from '../../../shared/errors'
import type { CodeQuery, ExpandMode, LinkKind, MatrixMeasure, MatrixRows, MemoTargetKind, SegmentDto, SegmentFilter, WordStopwords } from '../../../shared/ipc/coding'
import { resolveByName, type Ctx } from '../../services/context'
import { addAttribute, caseGrid, listAttributes, setCaseValues } from '../../services/coding/attributes'
import { importCaseAttributes } from '../../services/coding/attribute-import'
import { createCase, setSourceCase } from '../../services/coding/cases'
import { resolveCoder } from '../../services/coding/coders'
import { addCodeLink } from '../../services/coding/code-links'
import { mergeCodes } from '../../services/coding/code-merge'
import { resolveCode } from '../../services/coding/code-tree'
import { addCode, deleteCode, listCodes, moveCode, updateCode } from '../../services/coding/codes'
import { applyCode, findQuote, removeCodings } from '../../services/coding/codings'
import { exportCodebook } from '../../services/coding/export-codebook'
import { exportMatrices } from '../../services/coding/export-matrices'
import { exportSegments } from '../../services/coding/export-segments'
import { exportCodebookDocx, exportMemosDocx, exportSegmentsDocx } from '../../services/coding/export-word'
import { codeMatrix, cooccurrence } from '../../services/coding/matrices'
import { createMemo, listMemos } from '../../services/coding/memos'
import { retrieveSegments } from '../../services/coding/retrieval'
import { codeSearchHits } from '../../services/coding/search-code'
import { searchText } from '../../services/coding/search'
import { wordFrequencies } from '../../services/coding/words'
import { verifyAnchors } from '../../services/transcripts/anchors'
import { deleteSource, importTranscriptFiles, listSources, renameSource } from '../../services/transcripts/source-service'
import { loadSource } from '../../services/transcripts/source-text'
import { attachMedia, detachMedia, MEDIA_EXTENSIONS } from '../../services/transcripts/media'
import { countOpt, flag, opt, optList, type CommandSpec, type ParsedArgs } from '../command'
import type { MessageKey } from '../../../shared/messages'

const need = (v: string | undefined, what: string, usage: string): string => {
  if (v === undefined || v === '') throw new EsitiError('INVALID_INPUT', 'coding.cli.missing', { what, usage })
  return v
}

function intOpt(args: ParsedArgs, name: string): number | undefined {
  const v = opt(args, name)
  if (v === undefined) return undefined
  if (!/^-?\d+$/.test(v)) throw new EsitiError('INVALID_INPUT', 'coding.cli.wholeNumber', { option: name, value: v })
  return Number(v)
}

const source = (ctx: Ctx, ref: string): string => resolveByName(ctx, 'sources', ref)
const isDocx = (file: string): boolean => file.toLowerCase().endsWith('.docx')
const isXlsx = (file: string): boolean => file.toLowerCase().endsWith('.xlsx')

/** The language of an exported document's headings and labels (--language, Italian by default as in the app). */
function languageOpt(args: ParsedArgs): 'it' | 'en' {
  const l = opt(args, 'language') ?? 'it'
  if (l !== 'it' && l !== 'en') throw new EsitiError('INVALID_INPUT', 'coding.cli.languageValue', { value: l })
  return l
}
const caseId = (ctx: Ctx, ref: string): string => resolveByName(ctx, 'cases', ref)

/** --attribute NAME=VALUE conditions. */
function attributeConditions(ctx: Ctx, args: ParsedArgs): SegmentFilter['attributes'] {
  return optList(args, 'attribute').map((pair) => {
    const eq = pair.indexOf('=')
    if (eq <= 0) throw new EsitiError('INVALID_INPUT', 'coding.cli.attributePair', { value: pair })
    return { attributeId: resolveByName(ctx, 'attributes', pair.slice(0, eq).trim()), value: pair.slice(eq + 1) }
  })
}

function segmentFilter(ctx: Ctx, args: ParsedArgs): SegmentFilter {
  return {
    sourceIds: optList(args, 'source').map((s) => source(ctx, s)),
    coderIds: optList(args, 'coder').map((c) => resolveCoder(ctx, c)),
    caseIds: optList(args, 'case').map((c) => caseId(ctx, c)),
    attributes: attributeConditions(ctx, args)
  }
}

/** --code C… (united), then each --and C and --not C in turn. */
function segmentQuery(ctx: Ctx, args: ParsedArgs): CodeQuery | null {
  const subcodes = !flag(args, 'exact')
  const term = (c: string): CodeQuery => ({ code: resolveCode(ctx, c), subcodes })
  const codes = optList(args, 'code')
  let q: CodeQuery | null = codes.length === 0 ? null : codes.length === 1 ? term(codes[0]) : { or: codes.map(term) }
  const ands = optList(args, 'and')
  const nots = optList(args, 'not')
  if (!q && (ands.length || nots.length)) throw new EsitiError('INVALID_INPUT', 'coding.cli.andNeedsCode')
  for (const c of ands) q = { and: [q!, term(c)] }
  for (const c of nots) q = { not: [q!, term(c)] }
  return q
}

const segmentJson = (s: SegmentDto): Record<string, unknown> => ({
  id: s.id,
  source: s.sourceName,
  code: s.codeName,
  coder: s.coderName,
  start: s.start,
  end: s.end,
  text: s.text,
  codePath: s.codePath,
  sourceId: s.sourceId,
  codeId: s.codeId,
  comment: s.comment,
  cases: s.cases.map((c) => c.name),
  ...(s.time !== undefined ? { time: s.time } : {}),
  ...(s.context ? { context: s.context } : {})
})

function contextOpt(args: ParsedArgs): 'none' | 'sentence' | 'paragraph' {
  const c = opt(args, 'context') ?? 'none'
  if (c !== 'none' && c !== 'sentence' && c !== 'paragraph')
    throw new EsitiError('INVALID_INPUT', 'coding.cli.contextValue', { value: c })
  return c
}

/** --rows sources | cases | attribute:NAME (the attribute by name or id). */
function rowsOpt(ctx: Ctx, args: ParsedArgs): MatrixRows {
  const rows = opt(args, 'rows') ?? 'sources'
  if (rows === 'sources' || rows === 'cases') return rows
  if (rows.startsWith('attribute:')) {
    const name = rows.slice('attribute:'.length).trim()
    if (!name) throw new EsitiError('INVALID_INPUT', 'coding.matrixAttributeRows')
    return { attribute: resolveByName(ctx, 'attributes', name) }
  }
  throw new EsitiError('INVALID_INPUT', 'coding.matrixRowsUnknown', { value: rows })
}

function measureOpt(args: ParsedArgs): MatrixMeasure {
  const m = opt(args, 'count') ?? 'codings'
  if (m !== 'codings' && m !== 'segments' && m !== 'cases') throw new EsitiError('INVALID_INPUT', 'coding.cli.measureValue', { value: m })
  return m
}

const CODE_USAGE = 'code PROJECT --source S --code C (--start N --end N | --quote TEXT [--occurrence K]) [--coder NAME] [--comment TEXT] [--json]'
const SEGMENT_OPTIONS = ['code', 'source', 'coder', 'case', 'attribute', 'and', 'not']

export const commands: CommandSpec[] = [
  {
    words: ['transcripts', 'import'],
    usage:
      'transcripts import PROJECT FILE… [--case NAME] [--speaker-cases | --no-speaker-cases] [--speaker LABEL=CASE]… [--json]',
    summary: 'cli.summary.transcriptsImport',
    valueOptions: ['case'],
    repeatable: ['speaker'],
    project: 'project',
    async run(args, ctx, io) {
      const files = args.positionals.slice(1)
      if (files.length === 0) throw new EsitiError('INVALID_INPUT', 'transcripts.cli.needFile', { usage: this.usage })
      const speakerNames: Record<string, string> = {}
      for (const pair of optList(args, 'speaker')) {
        const eq = pair.indexOf('=')
        if (eq <= 0 || !pair.slice(eq + 1).trim()) throw new EsitiError('INVALID_INPUT', 'coding.cli.pairExpected', { value: pair })
        speakerNames[pair.slice(0, eq).trim()] = pair.slice(eq + 1).trim()
      }
      const speakerCases = flag(args, 'speaker-cases') ? true : flag(args, 'no-speaker-cases') ? false : undefined
      const r = await importTranscriptFiles(ctx!, files, { caseName: opt(args, 'case'), speakerCases, speakerNames })
      const result = {
        sources: r.results
          .filter((x) => x.ok)
          .map((x) => ({ ...x.source!, file: x.file, ...(x.warnings ? { warnings: x.warnings.map((w) => io.t(w.key as MessageKey, w.params)) } : {}) })),
        errors: r.results.filter((x) => !x.ok).map((x) => ({ file: x.file, code: x.error!.code, message: io.t(x.error!.key as MessageKey, x.error!.params) })),
        imported: r.imported,
        failed: r.failed
      }
      if (r.failed > 0) {
        const first = result.errors[0]
        throw new EsitiError(
          'INVALID_INPUT',
          'transcripts.cli.partial',
          { imported: r.imported, files: files.length, failed: r.failed, first: first.message.replace(/[.:]\s*$/, '') },
          { partialResult: result }
        )
      }
      return result
    },
    human(r, io) {
      for (const s of (r as { sources: { name: string; chars: number; encoding: string | null; speakers: string[]; warnings?: string[] }[] }).sources) {
        io.print(io.t('transcripts.cli.imported', { name: s.name, chars: s.chars, encoding: s.encoding ? ', ' + s.encoding : '' }))
        if (s.speakers.length) io.print(io.t('transcripts.cli.speakers', { list: s.speakers }))
        for (const w of s.warnings ?? []) io.print(`  ! ${w}`)
      }
    }
  },
  {
    words: ['transcripts', 'list'],
    usage: 'transcripts list PROJECT [--json]',
    summary: 'cli.summary.transcriptsList',
    project: 'project',
    readonly: true,
    run: (_a, ctx) => ({ sources: listSources(ctx!) }),
    human(r, io) {
      for (const s of (r as { sources: ReturnType<typeof listSources> }).sources)
        io.print(io.t('transcripts.cli.listLine', { name: s.name.padEnd(40), words: String(s.words).padStart(7), codings: String(s.codings).padStart(5), case: s.caseName ?? '' }))
    }
  },
  {
    words: ['transcripts', 'show'],
    usage: 'transcripts show PROJECT SOURCE [--json]',
    summary: 'cli.summary.transcriptsShow',
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const s = loadSource(ctx!.project, source(ctx!, need(args.positionals[1], 'SOURCE', this.usage)))
      return { id: s.id, name: s.name, chars: s.text.length, text: s.text, structure: s.structure }
    },
    human: (r, io) => io.print((r as { text: string }).text)
  },
  {
    words: ['transcripts', 'rename'],
    usage: 'transcripts rename PROJECT SOURCE NEW-NAME [--json]',
    summary: 'cli.summary.transcriptsRename',
    project: 'project',
    run(args, ctx) {
      const s = renameSource(ctx!, source(ctx!, need(args.positionals[1], 'SOURCE', this.usage)), need(args.positionals[2], 'NEW-NAME', this.usage))
      return { id: s.id, name: s.name }
    }
  },
  {
    words: ['transcripts', 'delete'],
    usage: 'transcripts delete PROJECT SOURCE [--json]',
    summary: 'cli.summary.transcriptsDelete',
    project: 'project',
    run(args, ctx) {
      const id = source(ctx!, need(args.positionals[1], 'SOURCE', this.usage))
      deleteSource(ctx!, id)
      return { deleted: id }
    }
  },
  {
    words: ['media', 'attach'],
    usage: 'media attach PROJECT SOURCE FILE [--json]',
    summary: 'cli.summary.mediaAttach',
    summaryParams: { extensions: MEDIA_EXTENSIONS.map((e) => '.' + e).join(', ') },
    project: 'project',
    run(args, ctx) {
      const id = source(ctx!, need(args.positionals[1], 'SOURCE', this.usage))
      const m = attachMedia(ctx!, id, need(args.positionals[2], 'FILE', this.usage))
      return { ...m, source: loadSource(ctx!.project, id).name }
    },
    human: (r, io) => {
      const m = r as { name: string; size: number; source: string }
      io.print(io.t('transcripts.cli.mediaAttached', { name: m.name, mb: Math.round((m.size / 1024 / 1024) * 10) / 10, source: m.source }))
    }
  },
  {
    words: ['media', 'detach'],
    usage: 'media detach PROJECT SOURCE [--json]',
    summary: 'cli.summary.mediaDetach',
    project: 'project',
    run(args, ctx) {
      const id = source(ctx!, need(args.positionals[1], 'SOURCE', this.usage))
      detachMedia(ctx!, id)
      return { detached: id }
    }
  },
  {
    words: ['codes', 'add'],
    usage:
      'codes add PROJECT NAME [--parent NAME] [--color #RRGGBB] [--description TEXT] [--when-to-use TEXT] [--when-not-to-use TEXT] [--example TEXT] [--shortcut KEY] [--json]',
    summary: 'cli.summary.codesAdd',
    valueOptions: ['parent', 'color', 'description', 'when-to-use', 'when-not-to-use', 'example', 'shortcut'],
    project: 'project',
    run(args, ctx) {
      const parent = opt(args, 'parent')
      const c = addCode(ctx!, {
        name: need(args.positionals[1], 'NAME', this.usage),
        parentId: parent ? resolveCode(ctx!, parent) : null,
        color: opt(args, 'color'),
        definition: opt(args, 'description'),
        whenToUse: opt(args, 'when-to-use'),
        whenNotToUse: opt(args, 'when-not-to-use'),
        example: opt(args, 'example'),
        shortcut: opt(args, 'shortcut')
      })
      const parentName = c.parentId ? (listCodes(ctx!).find((x) => x.id === c.parentId)?.name ?? null) : null
      return { id: c.id, name: c.name, parent: parentName, path: c.path, color: c.color }
    },
    human: (r, io) => io.print(io.t('coding.cli.addedCode', { path: (r as { path: string }).path }))
  },
  {
    words: ['codes', 'list'],
    usage: 'codes list PROJECT [--json]',
    summary: 'cli.summary.codesList',
    project: 'project',
    readonly: true,
    run(_a, ctx) {
      const codes = listCodes(ctx!)
      const names = new Map(codes.map((c) => [c.id, c.name]))
      return {
        codes: codes.map((c) => ({
          id: c.id,
          name: c.name,
          parent: c.parentId ? (names.get(c.parentId) ?? null) : null,
          color: c.color,
          codings: c.codings,
          path: c.path,
          codingsTotal: c.codingsTotal,
          definition: c.definition,
          shortcut: c.shortcut,
          links: c.links.map((l) => l.label)
        }))
      }
    },
    human(r, io) {
      for (const c of (r as { codes: { path: string; codings: number; color: string }[] }).codes)
        io.print(`${c.color} ${String(c.codings).padStart(5)}  ${c.path}`)
    }
  },
  {
    words: ['codes', 'rename'],
    usage: 'codes rename PROJECT CODE NEW-NAME [--json]',
    summary: 'cli.summary.codesRename',
    project: 'project',
    run(args, ctx) {
      const c = updateCode(ctx!, resolveCode(ctx!, need(args.positionals[1], 'CODE', this.usage)), { name: need(args.positionals[2], 'NEW-NAME', this.usage) })
      return { id: c.id, name: c.name, path: c.path }
    }
  },
  {
    words: ['codes', 'edit'],
    usage: 'codes edit PROJECT CODE [--color #RRGGBB] [--description TEXT] [--when-to-use TEXT] [--when-not-to-use TEXT] [--example TEXT] [--shortcut KEY] [--json]',
    summary: 'cli.summary.codesEdit',
    valueOptions: ['color', 'description', 'when-to-use', 'when-not-to-use', 'example', 'shortcut'],
    project: 'project',
    run(args, ctx) {
      const c = updateCode(ctx!, resolveCode(ctx!, need(args.positionals[1], 'CODE', this.usage)), {
        color: opt(args, 'color'),
        definition: opt(args, 'description'),
        whenToUse: opt(args, 'when-to-use'),
        whenNotToUse: opt(args, 'when-not-to-use'),
        example: opt(args, 'example'),
        shortcut: opt(args, 'shortcut')
      })
      return { id: c.id, name: c.name, path: c.path, color: c.color }
    }
  },
  {
    words: ['codes', 'move'],
    usage: 'codes move PROJECT CODE (--parent NAME | --top) [--json]',
    summary: 'cli.summary.codesMove',
    valueOptions: ['parent'],
    project: 'project',
    run(args, ctx) {
      const parent = opt(args, 'parent')
      if (!parent && !flag(args, 'top')) throw new EsitiError('INVALID_INPUT', 'coding.cli.parentOrTop', { usage: this.usage })
      const c = moveCode(ctx!, resolveCode(ctx!, need(args.positionals[1], 'CODE', this.usage)), parent ? resolveCode(ctx!, parent) : null)
      return { id: c.id, name: c.name, path: c.path }
    }
  },
  {
    words: ['codes', 'merge'],
    usage: 'codes merge PROJECT FROM INTO [--json]',
    summary: 'cli.summary.codesMerge',
    project: 'project',
    run(args, ctx) {
      const from = resolveCode(ctx!, need(args.positionals[1], 'FROM', this.usage))
      const into = resolveCode(ctx!, need(args.positionals[2], 'INTO', this.usage))
      return mergeCodes(ctx!, from, into)
    }
  },
  {
    words: ['codes', 'delete'],
    usage: 'codes delete PROJECT CODE [--json]',
    summary: 'cli.summary.codesDelete',
    project: 'project',
    run(args, ctx) {
      return deleteCode(ctx!, resolveCode(ctx!, need(args.positionals[1], 'CODE', this.usage)))
    }
  },
  {
    words: ['codes', 'link'],
    usage: 'codes link PROJECT CODE [--sdg N]… [--target CODE]… [--action CODE]… [--indicator CODE]… [--json]',
    summary: 'cli.summary.codesLink',
    repeatable: ['sdg', 'target', 'action', 'indicator'],
    project: 'project',
    run(args, ctx) {
      const code = resolveCode(ctx!, need(args.positionals[1], 'CODE', this.usage))
      const kinds: [string, LinkKind][] = [['sdg', 'sdg_goal'], ['target', 'sdg_target'], ['action', 'action'], ['indicator', 'indicator']]
      const links = kinds.flatMap(([o, kind]) => optList(args, o).map((ref) => addCodeLink(ctx!, code, kind, ref)))
      if (links.length === 0) throw new EsitiError('INVALID_INPUT', 'coding.cli.needLink', { usage: this.usage })
      return { links }
    }
  },
  {
    words: ['codes', 'export'],
    usage: 'codes export PROJECT --out FILE.xlsx [--json]',
    summary: 'cli.summary.codesExport',
    valueOptions: ['out'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => exportCodebook(ctx!, need(opt(args, 'out'), '--out FILE.xlsx', 'codes export PROJECT --out FILE.xlsx'))
  },
  {
    words: ['code'],
    usage: CODE_USAGE,
    summary: 'cli.summary.code',
    valueOptions: ['source', 'code', 'start', 'end', 'quote', 'occurrence', 'coder', 'comment'],
    project: 'project',
    run(args, ctx) {
      const c = applyCode(ctx!, {
        sourceId: source(ctx!, need(opt(args, 'source'), '--source', CODE_USAGE)),
        codeId: resolveCode(ctx!, need(opt(args, 'code'), '--code', CODE_USAGE)),
        coder: opt(args, 'coder'),
        start: intOpt(args, 'start'),
        end: intOpt(args, 'end'),
        quote: opt(args, 'quote'),
        occurrence: intOpt(args, 'occurrence'),
        comment: opt(args, 'comment')
      })
      return { id: c.id, start: c.start, end: c.end, text: c.text, sourceId: c.sourceId, codeId: c.codeId, coderId: c.coderId, ...(c.occurrences ? { occurrences: c.occurrences } : {}) }
    },
    human: (r, io) => io.print(io.t('coding.cli.coded', { start: (r as { start: number }).start, end: (r as { end: number }).end, text: (r as { text: string }).text }))
  },
  {
    words: ['uncode'],
    usage: 'uncode PROJECT (--id ID… | --source S --code C (--start N --end N | --quote TEXT [--occurrence K]) [--coder NAME]) [--json]',
    summary: 'cli.summary.uncode',
    valueOptions: ['source', 'code', 'start', 'end', 'quote', 'occurrence', 'coder'],
    repeatable: ['id'],
    project: 'project',
    run(args, ctx) {
      let ids = optList(args, 'id')
      if (ids.length === 0) {
        const sourceId = source(ctx!, need(opt(args, 'source'), '--source | --id', this.usage))
        const codeId = resolveCode(ctx!, need(opt(args, 'code'), '--code', this.usage))
        let start = intOpt(args, 'start')
        let end = intOpt(args, 'end')
        const quote = opt(args, 'quote')
        if (quote !== undefined) ({ start, end } = findQuote(loadSource(ctx!.project, sourceId).text, quote, intOpt(args, 'occurrence') ?? 1))
        if (start === undefined || end === undefined) throw new EsitiError('INVALID_INPUT', 'coding.needOffsets')
        const coder = opt(args, 'coder')
        const rows = ctx!.project.sqlite
          .prepare('SELECT c.id FROM codings c JOIN coders k ON k.id = c.coder_id WHERE c.source_id = ? AND c.code_id = ? AND c.start = ? AND c."end" = ? AND (? IS NULL OR k.name = ?)')
          .all(sourceId, codeId, start, end, coder ?? null, coder ?? null) as { id: string }[]
        if (rows.length === 0) throw new EsitiError('NOT_FOUND', 'coding.cli.noCodingThere')
        ids = rows.map((r) => r.id)
      }
      return { removed: removeCodings(ctx!, ids), ids }
    }
  },
  {
    words: ['segments'],
    usage:
      'segments PROJECT [--code C]… [--and C]… [--not C]… [--exact] [--source S]… [--coder NAME]… [--case NAME]… [--attribute NAME=VALUE]… [--context sentence|paragraph] [--json]',
    summary: 'cli.summary.segments',
    valueOptions: ['context'],
    repeatable: SEGMENT_OPTIONS,
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const page = retrieveSegments(ctx!, { query: segmentQuery(ctx!, args), filter: segmentFilter(ctx!, args), context: contextOpt(args) })
      return { total: page.total, segments: page.segments.map(segmentJson) }
    },
    human(r, io) {
      for (const s of (r as { segments: ReturnType<typeof segmentJson>[] }).segments)
        io.print(`[${String(s.source)} ${String(s.start)}-${String(s.end)}] ${String(s.code)} (${String(s.coder)}): ${String(s.text)}`)
    }
  },
  {
    words: ['matrix'],
    usage:
      'matrix PROJECT [--rows sources|cases|attribute:NAME] [--count codings|segments|cases] [--aggregate] [--code C]… [--coder NAME]… [--case NAME]… [--attribute NAME=VALUE]… [--json]',
    summary: 'cli.summary.matrix',
    valueOptions: ['rows', 'count'],
    repeatable: ['code', 'coder', 'case', 'attribute'],
    project: 'project',
    readonly: true,
    run(args, ctx, io) {
      const m = codeMatrix(ctx!, {
        rows: rowsOpt(ctx!, args),
        measure: measureOpt(args),
        aggregate: flag(args, 'aggregate'),
        codeIds: optList(args, 'code').map((c) => resolveCode(ctx!, c)),
        filter: {
          coderIds: optList(args, 'coder').map((c) => resolveCoder(ctx!, c)),
          caseIds: optList(args, 'case').map((c) => caseId(ctx!, c)),
          attributes: attributeConditions(ctx!, args)
        }
      })
      return {
        rows: m.rows.map((r) => (r.noValue ? io.t('coding.matrixNoValue') : r.name)),
        rowKind: m.rowKind,
        ...(m.attribute ? { attribute: m.attribute.name } : {}),
        measure: m.measure,
        grandTotal: m.grandTotal,
        columns: m.columns.map((c) => c.name),
        counts: m.counts,
        rowIds: m.rows.map((r) => r.id),
        columnIds: m.columns.map((c) => c.id),
        columnPaths: m.columns.map((c) => c.path),
        rowTotals: m.rowTotals,
        columnTotals: m.columnTotals,
        presence: m.columnPresence,
        unassigned: m.unassigned
      }
    }
  },
  {
    words: ['words'],
    usage:
      'words PROJECT [--source S]… [--code C]… [--case NAME]… [--attribute NAME=VALUE]… [--top N] [--stopwords auto|it|en|both|none] [--stem] [--keep-accents] [--min-length N] [--exclude WORD]… [--json]',
    summary: 'cli.summary.words',
    valueOptions: ['top', 'stopwords', 'min-length'],
    repeatable: ['source', 'code', 'case', 'attribute', 'exclude'],
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const stopwords = opt(args, 'stopwords') ?? 'auto'
      if (!['auto', 'it', 'en', 'both', 'none'].includes(stopwords))
        throw new EsitiError('INVALID_INPUT', 'coding.cli.stopwordsValue', { value: stopwords })
      const r = wordFrequencies(ctx!, {
        filter: {
          sourceIds: optList(args, 'source').map((x) => source(ctx!, x)),
          caseIds: optList(args, 'case').map((c) => caseId(ctx!, c)),
          attributes: attributeConditions(ctx!, args)
        },
        codeIds: optList(args, 'code').map((c) => resolveCode(ctx!, c)),
        stopwords: stopwords as WordStopwords,
        stem: flag(args, 'stem'),
        accentFold: !flag(args, 'keep-accents'),
        minLength: intOpt(args, 'min-length'),
        exclude: optList(args, 'exclude'),
        top: intOpt(args, 'top') ?? 100
      })
      return {
        words: r.words,
        distinct: r.distinct,
        tokens: r.tokens,
        sourcesRead: r.sources,
        language: r.language,
        stopwords: r.stopwords,
        stemmed: r.stemmed,
        accentFolded: r.accentFolded
      }
    },
    human(r, io) {
      for (const w of (r as { words: { word: string; count: number }[] }).words) io.print(io.t('coding.cli.wordLine', { word: w.word.padEnd(24), count: w.count }))
    }
  },
  {
    words: ['cooccurrence'],
    usage: 'cooccurrence PROJECT [--code C]… [--coder NAME]… [--json]',
    summary: 'cli.summary.cooccurrence',
    repeatable: ['code', 'coder'],
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const m = cooccurrence(ctx!, {
        codeIds: optList(args, 'code').map((c) => resolveCode(ctx!, c)),
        filter: { coderIds: optList(args, 'coder').map((c) => resolveCoder(ctx!, c)) }
      })
      return { codes: m.codes.map((c) => c.name), codeIds: m.codes.map((c) => c.id), counts: m.counts }
    }
  },
  {
    words: ['search'],
    usage:
      'search PROJECT TEXT [--regex] [--whole-word] [--case-sensitive] [--accent-sensitive] [--source S]… [--limit N] [--code C --expand hit|sentence|paragraph|turn [--coder NAME]] [--json]',
    summary: 'cli.summary.search',
    valueOptions: ['limit', 'code', 'expand', 'coder'],
    repeatable: ['source'],
    project: 'project',
    readonly: (args) => opt(args, 'code') === undefined,
    async run(args, ctx) {
      const search = {
        query: need(args.positionals[1], 'TEXT', this.usage),
        regex: flag(args, 'regex'),
        wholeWord: flag(args, 'whole-word'),
        caseSensitive: flag(args, 'case-sensitive'),
        accentSensitive: flag(args, 'accent-sensitive'),
        sourceIds: optList(args, 'source').map((s) => source(ctx!, s))
      }
      const code = opt(args, 'code')
      if (code) {
        const expand = (opt(args, 'expand') ?? 'hit') as ExpandMode
        if (!['hit', 'sentence', 'paragraph', 'turn'].includes(expand))
          throw new EsitiError('INVALID_INPUT', 'coding.cli.expandValue', { value: expand })
        return codeSearchHits(ctx!, { search, codeId: resolveCode(ctx!, code), expand, coder: opt(args, 'coder') })
      }
      const r = await searchText(ctx!, { ...search, limit: countOpt(args, 'limit') })
      return { ...r, hits: r.hits.map((h) => ({ source: h.sourceName, ...h })) }
    },
    human(r, io) {
      const res = r as { hits?: { source: string; left: string; text: string; right: string }[]; created?: number; total?: number }
      if (res.created !== undefined) return io.print(io.t('coding.cli.codedPassages', { count: res.created }))
      for (const h of res.hits ?? []) io.print(`${h.source}: …${h.left}[${h.text}]${h.right}…`)
      io.print(io.t('coding.cli.hits', { count: res.total ?? 0 }))
    }
  },
  {
    words: ['cases', 'add'],
    usage: 'cases add PROJECT NAME [--kind person|organisation] [--description TEXT] [--json]',
    summary: 'cli.summary.casesAdd',
    valueOptions: ['kind', 'description'],
    project: 'project',
    run(args, ctx) {
      const id = createCase(ctx!, { name: need(args.positionals[1], 'NAME', this.usage), kind: opt(args, 'kind'), description: opt(args, 'description') })
      return { id, name: args.positionals[1].trim() }
    }
  },
  {
    words: ['cases', 'list'],
    usage: 'cases list PROJECT [--json]',
    summary: 'cli.summary.casesList',
    project: 'project',
    readonly: true,
    run(_a, ctx) {
      const g = caseGrid(ctx!)
      return {
        attributes: g.attributes.map((a) => ({ name: a.name, type: a.type, choices: a.choices })),
        cases: g.cases.map((c) => ({
          id: c.id,
          name: c.name,
          kind: c.kind,
          sources: c.sources,
          codings: c.codings,
          attributes: Object.fromEntries(g.attributes.map((a) => [a.name, c.values[a.id]]))
        }))
      }
    }
  },
  {
    words: ['cases', 'set'],
    usage: 'cases set PROJECT CASE NAME=VALUE… [--type text|number|date|boolean|category] [--json]',
    summary: 'cli.summary.casesSet',
    valueOptions: ['type'],
    project: 'project',
    run(args, ctx) {
      const id = caseId(ctx!, need(args.positionals[1], 'CASE', this.usage))
      const pairs = args.positionals.slice(2)
      if (pairs.length === 0) throw new EsitiError('INVALID_INPUT', 'coding.cli.needPairs', { usage: this.usage })
      const type = (opt(args, 'type') ?? 'text') as 'text'
      const attrs = new Map(listAttributes(ctx!.project).map((a) => [a.name, a.id]))
      const edits = pairs.map((p) => {
        const eq = p.indexOf('=')
        if (eq <= 0) throw new EsitiError('INVALID_INPUT', 'coding.cli.pairExpected', { value: p })
        const name = p.slice(0, eq).trim()
        return { name, value: p.slice(eq + 1) }
      })
      for (const e of edits) if (!attrs.has(e.name)) attrs.set(e.name, addAttribute(ctx!, { name: e.name, type }).id)
      setCaseValues(ctx!, edits.map((e) => ({ caseId: id, attributeId: attrs.get(e.name)!, value: e.value })))
      const g = caseGrid(ctx!)
      const c = g.cases.find((x) => x.id === id)!
      return { id, name: c.name, attributes: Object.fromEntries(g.attributes.map((a) => [a.name, c.values[a.id]])) }
    }
  },
  {
    words: ['cases', 'import'],
    usage: 'cases import PROJECT FILE [--sheet NAME] [--json]',
    summary: 'cli.summary.casesImport',
    valueOptions: ['sheet'],
    project: 'project',
    async run(args, ctx, io) {
      const r = await importCaseAttributes(ctx!, need(args.positionals[1], 'FILE', 'cases import PROJECT FILE'), { sheet: opt(args, 'sheet') })
      // Warnings as sentences in the chosen language, as transcripts import prints them.
      return { ...r, warnings: r.warnings.map((w) => io.t(w.key as MessageKey, w.params)) }
    }
  },
  {
    words: ['cases', 'link'],
    usage: 'cases link PROJECT CASE SOURCE… [--json]',
    summary: 'cli.summary.casesLink',
    project: 'project',
    run(args, ctx) {
      const id = caseId(ctx!, need(args.positionals[1], 'CASE', this.usage))
      const sources = args.positionals.slice(2).map((s) => source(ctx!, s))
      if (sources.length === 0) throw new EsitiError('INVALID_INPUT', 'coding.cli.needSources', { usage: this.usage })
      for (const s of sources) setSourceCase(ctx!, s, id)
      return { case: id, sources }
    }
  },
  {
    words: ['memos', 'add'],
    usage: 'memos add PROJECT [--source S | --code C | --case K | --coding ID] [--title TEXT] --body TEXT [--json]',
    summary: 'cli.summary.memosAdd',
    valueOptions: ['source', 'code', 'case', 'coding', 'title', 'body'],
    project: 'project',
    run(args, ctx) {
      let targetKind: MemoTargetKind = 'project'
      let targetId: string | null = null
      if (opt(args, 'source')) [targetKind, targetId] = ['source', source(ctx!, opt(args, 'source')!)]
      else if (opt(args, 'code')) [targetKind, targetId] = ['code', resolveCode(ctx!, opt(args, 'code')!)]
      else if (opt(args, 'case')) [targetKind, targetId] = ['case', caseId(ctx!, opt(args, 'case')!)]
      else if (opt(args, 'coding')) [targetKind, targetId] = ['coding', opt(args, 'coding')!]
      return createMemo(ctx!, { targetKind, targetId, title: opt(args, 'title'), body: need(opt(args, 'body'), '--body', this.usage) })
    }
  },
  {
    words: ['memos', 'list'],
    usage: 'memos list PROJECT [--kind project|source|code|case|coding] [--json]',
    summary: 'cli.summary.memosList',
    valueOptions: ['kind'],
    project: 'project',
    readonly: true,
    run: (args, ctx) => ({ memos: listMemos(ctx!, { targetKind: opt(args, 'kind') as MemoTargetKind | undefined }) })
  },
  {
    words: ['export', 'segments'],
    usage:
      'export segments PROJECT --out FILE.xlsx|FILE.docx [--code C]… [--and C]… [--not C]… [--exact] [--source S]… [--coder NAME]… [--case NAME]… [--attribute NAME=VALUE]… [--language it|en] [--json]',
    summary: 'cli.summary.exportSegments',
    valueOptions: ['out', 'language'],
    repeatable: SEGMENT_OPTIONS,
    project: 'project',
    readonly: true,
    async run(args, ctx) {
      const out = need(opt(args, 'out'), '--out FILE.xlsx|FILE.docx', this.usage)
      const options = { query: segmentQuery(ctx!, args), filter: segmentFilter(ctx!, args), locale: languageOpt(args) }
      if (isDocx(out)) {
        const r = await exportSegmentsDocx(ctx!, out, options)
        return { file: r.file, segments: r.items }
      }
      if (!isXlsx(out)) throw new EsitiError('INVALID_INPUT', 'coding.cli.exportFormat', { file: out })
      return exportSegments(ctx!, out, options)
    },
    human: (r, io) => io.print(io.t('coding.cli.wrote', { file: (r as { file: string }).file }))
  },
  {
    words: ['export', 'memos'],
    usage: 'export memos PROJECT --out FILE.docx [--language it|en] [--json]',
    summary: 'cli.summary.exportMemos',
    valueOptions: ['out', 'language'],
    project: 'project',
    readonly: true,
    async run(args, ctx) {
      const out = need(opt(args, 'out'), '--out FILE.docx', this.usage)
      if (!isDocx(out)) throw new EsitiError('INVALID_INPUT', 'coding.cli.exportFormatDocx', { file: out })
      const r = await exportMemosDocx(ctx!, out, { locale: languageOpt(args) })
      return { file: r.file, memos: r.items }
    },
    human: (r, io) => io.print(io.t('coding.cli.wrote', { file: (r as { file: string }).file }))
  },
  {
    words: ['export', 'codebook'],
    usage: 'export codebook PROJECT --out FILE.docx|FILE.xlsx [--examples N] [--language it|en] [--json]',
    summary: 'cli.summary.exportCodebook',
    valueOptions: ['out', 'examples', 'language'],
    project: 'project',
    readonly: true,
    async run(args, ctx) {
      const out = need(opt(args, 'out'), '--out FILE.docx|FILE.xlsx', this.usage)
      if (isDocx(out)) {
        const r = await exportCodebookDocx(ctx!, out, { locale: languageOpt(args), examples: intOpt(args, 'examples') })
        return { file: r.file, codes: r.items }
      }
      if (!isXlsx(out)) throw new EsitiError('INVALID_INPUT', 'coding.cli.exportFormat', { file: out })
      return exportCodebook(ctx!, out, { locale: languageOpt(args) })
    },
    human: (r, io) => io.print(io.t('coding.cli.wrote', { file: (r as { file: string }).file }))
  },
  {
    words: ['export', 'matrix'],
    usage: 'export matrix PROJECT --out FILE.xlsx [--aggregate] [--json]',
    summary: 'cli.summary.exportMatrix',
    valueOptions: ['out'],
    project: 'project',
    readonly: true,
    run: (args, ctx) =>
      exportMatrices(ctx!, need(opt(args, 'out'), '--out FILE.xlsx', 'export matrix PROJECT --out FILE.xlsx'), { aggregate: flag(args, 'aggregate') })
  },
  {
    words: ['anchors', 'verify'],
    usage: 'anchors verify PROJECT [--source S] [--json]',
    summary: 'cli.summary.anchorsVerify',
    valueOptions: ['source'],
    project: 'project',
    readonly: true,
    run(args, ctx) {
      const s = opt(args, 'source')
      return verifyAnchors(ctx!, s ? source(ctx!, s) : undefined)
    }
  }
]
