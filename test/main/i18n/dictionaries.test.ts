import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DICTIONARIES, NAMESPACES } from '../../../src/renderer/src/i18n/dictionaries'
import { makeI18n } from '../../../src/renderer/src/i18n/make-i18n'
import { nOf } from '../../../src/renderer/src/i18n/count'
import { MESSAGES } from '../../../src/shared/messages'

// Every namespace the window loads (a new area's file is checked as soon as it is listed there).
const parts = NAMESPACES
const placeholders = (s: string): string[] => [...new Set([...s.matchAll(/\{\{(\w+)(?:,[^}]*)?\}\}/g)].map((m) => m[1]))].sort()

/** TypeScript sources below `dir`, dictionaries (i18n folders) left out. */
function sourceFiles(dir: string): string[] {
  return fs.readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const p = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'i18n' ? [] : sourceFiles(p)
    return /\.tsx?$/.test(e.name) ? [p] : []
  })
}

const PLURAL = /_(zero|one|two|few|many|other)$/
const base = (k: string): string => k.replace(PLURAL, '')

/**
 * Window keys built at run time from an id main sends or a fixed list (`t(\`team.unit.${unit}\`)`):
 * each prefix is declared here, so every key under it counts as used. The test below fails when the
 * renderer builds a key from a prefix not listed (declare it) or a listed prefix is no longer used.
 */
const DYNAMIC_PREFIXES = [
  'count.', 'error.code.', 'exp.locale.', 'ind.achievement.', 'ind.chart.', 'ind.field.', 'ind.list.filter.', 'ind.op.',
  'ind.percentBase.', 'ind.spec.categoriesHint.', 'ind.tab.', 'ind.tables.rows.', 'iv.attr.', 'iv.attr.type.', 'iv.cases.kind.',
  'iv.codebook.', 'iv.links.kind.', 'iv.matrix.', 'iv.memos.kind.', 'iv.memos.on.', 'iv.retrieval.context.', 'iv.retrieval.op.',
  'iv.search.', 'iv.search.expand.', 'iv.tab.', 'job.phase.', 'kind.', 'nav.', 'reg.col.', 'sv.case.', 'sv.cluster.', 'sv.how.',
  'sv.kind.', 'sv.kindHint.', 'sv.layer.', 'sv.platform.', 'sv.role.', 'sv.rule.', 'sv.severity.',
  'sv.tab.', 'sv.type.', 'team.band.', 'team.conflict.', 'team.decision.', 'team.decisionHint.', 'team.entity.', 'team.figure.',
  'team.kind.', 'team.level.', 'team.merge.kind.', 'team.refi.count.', 'team.refi.dialect.', 'team.review.filter.', 'team.tab.',
  'team.unit.', 'sv.export.format.', 'sv.export.identifiers.', 'coding.shortcut.', 'ind.direction.', 'iv.matrix.measure.',
  'iv.matrix.percent.', 'iv.words.language.', 'iv.words.stopwords.', 'iv.words.view.', 'programme.areas.preset.', 'programme.tab.',
  // optionLabel(i18n, 'ind.stat', value): the label of an enum value, the value itself when unknown.
  'ind.stat.', 'ind.measure.', 'ind.codingMeasure.', 'ind.kind.', 'ind.source.', 'ind.layer.', 'ind.dim.', 'reg.kind.', 'reg.mode.',
  'reg.gender.', 'reg.ageBand.', 'size.',
  // #12's import decisions and identifier checks, worded by kind.
  'sv.decision.kind.', 'sv.identifier.',
  // #18's team server tab: sync states, conflict resolutions, where an operation came from.
  'teamServer.state.', 'teamServer.action.', 'teamServer.origin.',
  // #17's privacy screens: kinds of hit and identifier, certainties, origins, places, tables, counts of a report.
  'privacy.cert.removed.', 'privacy.confidence.', 'privacy.erase.found.', 'privacy.erase.kind.', 'privacy.idkind.', 'privacy.kind.',
  'privacy.nature.', 'privacy.origin.', 'privacy.place.', 'privacy.rule.', 'privacy.share.removed.', 'privacy.table.'
]

/** Every renderer source with its text, dictionaries left out. */
const RENDERER = path.resolve(__dirname, '../../../src/renderer/src')
const sources = (): { file: string; src: string }[] =>
  sourceFiles(RENDERER).map((file) => ({ file: path.relative(RENDERER, file), src: fs.readFileSync(file, 'utf8') }))

describe('UI dictionaries', () => {
  it('give every key in Italian and in English, non-empty, with the same placeholders and both plural forms', () => {
    const problems: string[] = []
    for (const [name, d] of Object.entries(parts)) {
      const it = d.it as Record<string, string>
      const en = d.en as Record<string, string>
      for (const k of Object.keys(it)) if (!(k in en)) problems.push(`${name}: "${k}" has no English`)
      for (const k of Object.keys(en)) if (!(k in it)) problems.push(`${name}: "${k}" has no Italian`)
      for (const [k, v] of Object.entries(it)) {
        if (!v.trim()) problems.push(`${name}: "${k}" is empty in Italian`)
        if (en[k] !== undefined && placeholders(en[k]).join() !== placeholders(v).join()) problems.push(`${name}: "${k}" placeholders differ`)
        // A plural key gives both forms, with the count in each (Italian and English have one and other).
        if (PLURAL.test(k)) {
          for (const form of ['one', 'other']) if (!(`${base(k)}_${form}` in it)) problems.push(`${name}: "${base(k)}" has no _${form} form`)
          if (!placeholders(v).includes('count')) problems.push(`${name}: "${k}" does not show {{count}}`)
          if (base(k) in it) problems.push(`${name}: "${base(k)}" is both a plain and a plural key`)
        }
        if (/\.one$/.test(k)) problems.push(`${name}: "${k}" is an old hand-made singular: use _one/_other and count`)
      }
    }
    expect(problems).toEqual([])
    expect(Object.keys(DICTIONARIES.it).length).toBeGreaterThan(500)
  })

  it('do not define the same key in two domains, nor a key of the services’ catalog (one would hide the other)', () => {
    const seen = new Map<string, string>()
    const clashes: string[] = []
    for (const [name, d] of Object.entries(parts))
      for (const k of Object.keys(d.it)) {
        if (seen.has(k)) clashes.push(`${k}: ${seen.get(k)} and ${name}`)
        seen.set(k, name)
        if (k in MESSAGES.it) clashes.push(`${k}: ${name} and the services' catalog`)
      }
    expect(clashes).toEqual([])
  })

  it('define every key the renderer asks for with a literal t("…")', () => {
    const missing = new Set<string>()
    let used = 0
    const has = (k: string): boolean => k in DICTIONARIES.it || `${k}_other` in DICTIONARIES.it
    for (const { file, src } of sources()) {
      for (const m of src.matchAll(/\bt\(\s*'([a-zA-Z0-9_.:-]+)'/g)) {
        used++
        if (!has(m[1])) missing.add(`${file}: ${m[1]}`)
      }
      // Nested messages ({ key: 'iv.search.inSources', params }) and counted nouns (nOf('codings', n)).
      for (const m of src.matchAll(/\bkey:\s*'([a-z][a-zA-Z0-9_.-]+)'/g)) if (!has(m[1]) && !(m[1] in MESSAGES.en)) missing.add(`${file}: ${m[1]}`)
      for (const m of src.matchAll(/\bnOf\(\s*'(\w+)'/g)) if (!has(`n.${m[1]}`)) missing.add(`${file}: n.${m[1]}`)
    }
    expect(used).toBeGreaterThan(300)
    expect([...missing]).toEqual([])
  })

  it('use every key: named literally somewhere in the renderer, or under a declared dynamic prefix', () => {
    const literals = new Set<string>()
    const prefixes = new Set<string>()
    for (const { file, src } of sources()) {
      for (const m of src.matchAll(/'([a-z][a-zA-Z0-9_.:-]*)'/g)) literals.add(m[1])
      for (const m of src.matchAll(/\bnOf\(\s*'(\w+)'/g)) literals.add(`n.${m[1]}`)
      // The counted-noun helper builds `n.${noun}` itself: its nouns are the literal nOf() calls above.
      if (file !== path.join('i18n', 'count.ts')) for (const m of src.matchAll(/`([a-z][a-zA-Z0-9_.-]*\.)\$\{/g)) prefixes.add(m[1])
      // optionLabel(i18n, 'ind.stat', …) and the prefixes chosen in its argument ('a' ? 'ind.measure' : …).
      // A first argument without a dot ('size') is a prefix too; inside a choice only dotted literals are.
      for (const m of src.matchAll(/optionLabel\(i18n,([^)]*)\)/g)) for (const p of m[1].matchAll(/'([a-z]+\.[a-zA-Z.]+)'/g)) prefixes.add(`${p[1]}.`)
      for (const m of src.matchAll(/optionLabel\(i18n,\s*'([a-zA-Z.]+)'/g)) prefixes.add(`${m[1]}.`)
    }
    expect([...prefixes].filter((p) => !DYNAMIC_PREFIXES.includes(p)).sort(), 'keys built from an undeclared prefix').toEqual([])
    expect(DYNAMIC_PREFIXES.filter((p) => !prefixes.has(p)), 'declared prefixes no longer used').toEqual([])
    const unused = Object.keys(DICTIONARIES.it)
      .map(base)
      .filter((k, i, all) => all.indexOf(k) === i)
      .filter((k) => !literals.has(k) && !DYNAMIC_PREFIXES.some((p) => k.startsWith(p)))
    expect(unused).toEqual([])
  })

  it('pick the plural form for 0, 1 and many in both languages', () => {
    const cases: [string, Record<string, unknown>, Record<'it' | 'en', [string, string, string]>][] = [
      ['iv.search.total', { where: { key: 'iv.search.inSources', params: { count: 1, searched: 8 } } }, {
        it: ['0 occorrenze in 1 trascrizione (su 8).', '1 occorrenza in 1 trascrizione (su 8).', '12.345 occorrenze in 1 trascrizione (su 8).'],
        en: ['0 hits in 1 transcript (of 8).', '1 hit in 1 transcript (of 8).', '12,345 hits in 1 transcript (of 8).']
      }],
      ['sv.grid.rows', {}, { it: ['0 righe', '1 riga', '12.345 righe'], en: ['0 rows', '1 row', '12,345 rows'] }],
      ['ind.list.count', {}, { it: ['0 indicatori', '1 indicatore', '12.345 indicatori'], en: ['0 indicators', '1 indicator', '12,345 indicators'] }],
      ['ind.tables.count', {}, { it: ['0 tabelle', '1 tabella', '12.345 tabelle'], en: ['0 tables', '1 table', '12,345 tables'] }],
      ['sv.step.recode', { v: 'Q1' }, {
        it: ['Ricodifica di Q1: 0 regole', 'Ricodifica di Q1: 1 regola', 'Ricodifica di Q1: 12.345 regole'],
        en: ['Recode Q1: 0 rules', 'Recode Q1: 1 rule', 'Recode Q1: 12,345 rules']
      }]
    ]
    for (const [key, params, want] of cases)
      for (const lang of ['it', 'en'] as const) {
        const i18n = makeI18n(lang, (k) => expect.fail(`missing key ${k}`))
        expect([0, 1, 12345].map((count) => i18n.t(key, { ...(params as object), count } as never))).toEqual(want[lang])
      }
    // Several counts in one sentence, each with its own form.
    const it = makeI18n('it')
    expect(it.t('iv.codebook.deleteMessage', { name: 'Benefici', sub: nOf('subcodes', 1), codings: nOf('codings', 3) }))
      .toBe('Il codice «Benefici» sarà eliminato con 1 sottocodice e 3 codifiche.')
    expect(makeI18n('en').t('exp.contents', { indicators: nOf('indicators', 1), tables: nOf('tables', 0) })).toBe('The report will hold 1 indicator and 0 tables.')
  })

  it('word every progress phase the services report (job.phase.<phase>)', () => {
    const root = path.resolve(__dirname, '../../../src/main')
    const phases = new Set<string>()
    for (const file of sourceFiles(root))
      for (const m of fs.readFileSync(file, 'utf8').matchAll(/progress\??\.report\(\s*'([^']+)'/g)) phases.add(m[1])
    expect(phases.size).toBeGreaterThan(20)
    expect([...phases].filter((p) => !(`job.phase.${p}` in DICTIONARIES.it)).sort()).toEqual([])
  })

})
