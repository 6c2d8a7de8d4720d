import { useEffect, useMemo, useState } from 'react'
import type { ExpandMode, SearchOptions, SearchResultDto, WordDto, WordStopwords } from '../../../../shared/ipc/coding'
import { wordPattern } from '../../../../shared/word-pattern'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { KwicTable } from './KwicTable'
import { WordCloud } from './WordCloud'
import { CodeSelect, ExpandSelect, ItemSelect, SourceSelect } from './PickSelects'

const STOPWORDS: WordStopwords[] = ['auto', 'it', 'en', 'both', 'none']

/**
 * Parole: word frequencies and a word cloud over the transcripts, a case, an attribute value or the
 * text of a code; a word opens its keyword-in-context lines, and can code every hit.
 */
export function WordsTab() {
  const { t, number } = useI18n()
  const { report } = useErrors()
  const job = useJob()
  const iv = useInterviews()
  const grid = useCall('coding:caseGrid', {}).data
  const [sourceId, setSourceId] = useState('')
  const [caseId, setCaseId] = useState('')
  const [attr, setAttr] = useState('')
  const [codeId, setCodeId] = useState('')
  const [stopwords, setStopwords] = useState<WordStopwords>('auto')
  const [stem, setStem] = useState(false)
  const [accentFold, setAccentFold] = useState(true)
  const [exclude, setExclude] = useState<string[]>([])
  const [view, setView] = useState<'list' | 'cloud'>('list')
  const [word, setWord] = useState<WordDto | null>(null)
  const [hits, setHits] = useState<SearchResultDto | null>(null)
  const [target, setTarget] = useState('')
  const [expand, setExpand] = useState<ExpandMode>('sentence')
  const [coded, setCoded] = useState<string | null>(null)

  const [attributeId, value] = attr ? (JSON.parse(attr) as [string, string]) : ['', '']
  const filter = {
    ...(sourceId ? { sourceIds: [sourceId] } : {}),
    ...(caseId ? { caseIds: [caseId] } : {}),
    ...(attributeId ? { attributes: [{ attributeId, value }] } : {})
  }
  const words = useCall('coding:words', { filter, codeIds: codeId ? [codeId] : undefined, stopwords, stem, accentFold, exclude, top: 150 }).data
  const max = words?.words[0]?.count ?? 1

  const search: SearchOptions | null = useMemo(() => {
    const pattern = word ? wordPattern(word.forms) : null
    if (!pattern) return null
    return { query: pattern, regex: true, wholeWord: true, caseSensitive: false, accentSensitive: !accentFold, sourceIds: sourceId ? [sourceId] : undefined, caseIds: caseId ? [caseId] : undefined }
  }, [word, accentFold, sourceId, caseId])

  useEffect(() => {
    setCoded(null)
    if (!search) return setHits(null)
    let live = true
    call('coding:search', { ...search, limit: 500, width: 80 }).then((r) => live && setHits(r), report)
    return () => {
      live = false
    }
  }, [search, report])

  const codeAll = async () => {
    if (!search || !target) return
    const r = await job.run(t('iv.search.coding'), (jobId) => call('coding:codeSearchHits', { search, codeId: target, expand, jobId }))
    if (r) {
      iv.noteApplied(target)
      setCoded(t('iv.search.coded', { created: number(r.created), skipped: number(r.skipped) }))
    }
  }

  const values = (grid?.attributes ?? []).flatMap((a) =>
    [...new Set(grid!.cases.map((c) => c.values[a.id]).filter((v): v is string => !!v))].sort().map((v) => ({ id: JSON.stringify([a.id, v]), label: `${a.name} = ${v}` }))
  )
  return (
    <div className="iv-page" data-testid="words">
      <div className="iv-query">
        <div className="iv-row">
          <label>
            {t('iv.retrieval.source')}
            <SourceSelect value={sourceId} onChange={setSourceId} testId="words-source" />
          </label>
          <label>
            {t('iv.case')}
            <ItemSelect value={caseId} onChange={setCaseId} empty={t('common.all')} items={(grid?.cases ?? []).map((c) => ({ id: c.id, label: c.name }))} testId="words-case" />
          </label>
          <label>
            {t('iv.words.attribute')}
            <ItemSelect value={attr} onChange={setAttr} empty={t('common.all')} items={values} testId="words-attribute" />
          </label>
          <label>
            {t('iv.words.code')}
            <CodeSelect value={codeId} onChange={setCodeId} empty={t('iv.words.allText')} testId="words-code" />
          </label>
        </div>
        <div className="iv-row">
          <label>
            {t('iv.words.stopwords')}
            <select value={stopwords} onChange={(e) => setStopwords(e.target.value as WordStopwords)} data-testid="words-stopwords">
              {STOPWORDS.map((s) => (
                <option key={s} value={s}>
                  {t(`iv.words.stopwords.${s}`)}
                </option>
              ))}
            </select>
          </label>
          <label>
            <input type="checkbox" checked={stem} onChange={(e) => setStem(e.target.checked)} data-testid="words-stem" /> {t('iv.words.stem')}
          </label>
          <label>
            <input type="checkbox" checked={accentFold} onChange={(e) => setAccentFold(e.target.checked)} /> {t('iv.words.accentFold')}
          </label>
          <span style={{ flex: 1 }} />
          <div className="segmented" style={{ margin: 0 }}>
            {(['list', 'cloud'] as const).map((v) => (
              <button key={v} className={v === view ? 'active' : undefined} onClick={() => setView(v)} data-testid={`words-view-${v}`}>
                {t(`iv.words.view.${v}`)}
              </button>
            ))}
          </div>
        </div>
        {exclude.length > 0 && (
          <div className="iv-row hint">
            {t('iv.words.excluded')}:{' '}
            {exclude.map((w) => (
              <button key={w} className="iv-small" onClick={() => setExclude(exclude.filter((x) => x !== w))} title={t('iv.words.include')}>
                {w} ×
              </button>
            ))}
          </div>
        )}
      </div>
      {words && (
        <p className="muted" data-testid="words-summary">
          {t('iv.words.summary', {
            tokens: number(words.tokens),
            distinct: number(words.distinct),
            sources: number(words.sources),
            language: t(`iv.words.language.${words.language}`)
          })}
        </p>
      )}
      <div className="iv-words">
        {view === 'list' || !words ? (
          <table data-testid="words-table">
            <thead>
              <tr>
                <th>{t('iv.words.word')}</th>
                <th className="num">{t('iv.words.count')}</th>
                <th className="num">{t('iv.words.sources')}</th>
                <th />
              </tr>
            </thead>
            <tbody>
              {(words?.words ?? []).map((w) => (
                <tr
                  key={w.word}
                  className={word?.word === w.word ? 'word active' : 'word'}
                  onClick={() => setWord(w)}
                  data-testid="word-row"
                  title={w.forms.length > 1 ? w.forms.join(', ') : undefined}
                >
                  <td>{w.word}</td>
                  <td className="num">{number(w.count)}</td>
                  <td className="num">{number(w.sources)}</td>
                  <td style={{ width: 90 }}>
                    <div className="bar" style={{ width: `${Math.max(4, (w.count / max) * 100)}%` }} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        ) : (
          <WordCloud words={words.words} onPick={setWord} />
        )}
        <div>
          {word && (
            <>
              <div className="iv-row">
                <h3 style={{ margin: 0 }} data-testid="words-kwic-title">
                  {word.forms.join(' · ')}
                </h3>
                <button className="iv-small" onClick={() => (setExclude([...exclude, word.word]), setWord(null))} data-testid="words-exclude">
                  {t('iv.words.exclude')}
                </button>
              </div>
              {hits && (
                <>
                  <div className="iv-row">
                    <span className="muted" data-testid="words-hits">
                      {t('iv.search.total', { count: hits.total, where: { key: 'iv.search.inSources', params: { count: hits.sourcesWithHits, searched: hits.sourcesSearched } } })}
                    </span>
                    <CodeSelect value={target} onChange={setTarget} empty={t('iv.search.pickCode')} testId="words-code-target" />
                    <ExpandSelect value={expand} onChange={setExpand} />
                    <button className="primary iv-small" disabled={!target} onClick={() => void codeAll()} data-testid="words-code-all">
                      {t('iv.search.codeAllN', { count: hits.total })}
                    </button>
                  </div>
                  {coded && (
                    <p className="status-ok" data-testid="words-coded">
                      {coded} {t('iv.undoHint')}
                    </p>
                  )}
                  <KwicTable hits={hits.hits} testId="words-kwic" />
                </>
              )}
            </>
          )}
        </div>
      </div>
    </div>
  )
}
