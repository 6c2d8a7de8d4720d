import { useMemo, useState } from 'react'
import type { HitKindDto, PreviewHitDto, PseudonymisationPreviewDto, PseudonymisationResultDto, SurrogateStyleDto } from '../../../../shared/ipc/privacy'
import { useJob } from '../../components/JobProgress'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useAction } from '../programme/use-action'
import { HitRow } from './HitRow'
import { RulesPanel } from './RulesPanel'
import { TextPreview } from './TextPreview'
import '../../styles/privacy.css'

/** How many hits the list draws at once: the rest behind "show more" (filters narrow it first). */
const PAGE = 400

/**
 * The pseudonymisation review (issue 17): detection over the chosen transcripts, every hit with its
 * context to accept or reject (one by one, by kind, by name), "always"/"never" rules, the surrogate
 * style, a preview of the text as it will be, and the apply step, which writes a new version of each
 * source with its codings carried over and verified. Everything runs in the service process.
 */
export function PseudonymiseTab() {
  const { t } = useI18n()
  const { run } = useJob()
  const action = useAction()
  const sources = useCall('coding:sources', {})
  const [chosen, setChosen] = useState<Set<string>>(new Set())
  const [style, setStyle] = useState<SurrogateStyleDto>('label')
  const [labels, setLabels] = useState<'it' | 'en'>('it')
  const [preview, setPreview] = useState<PseudonymisationPreviewDto | null>(null)
  const [accepted, setAccepted] = useState<Map<string, boolean>>(new Map())
  const [kind, setKind] = useState<HitKindDto | ''>('')
  const [shown, setShown] = useState(PAGE)
  const [focus, setFocus] = useState<PreviewHitDto | null>(null)
  const [original, setOriginal] = useState<'keep' | 'destroy'>('keep')
  const [renameCases, setRenameCases] = useState(false)
  const [result, setResult] = useState<PseudonymisationResultDto | null>(null)

  const live = sources.data ?? []
  const find = async (): Promise<void> => {
    setResult(null)
    const p = await run(t('privacy.review.finding'), (jobId) => call('privacy:preview', { sources: [...chosen], style, language: labels, jobId }))
    if (!p) return
    setPreview(p)
    setAccepted(new Map(p.hits.map((h) => [h.id, h.suggested])))
    setFocus(p.hits[0] ?? null)
    setShown(PAGE)
  }
  const hits = useMemo(() => (preview?.hits ?? []).filter((h) => !kind || h.kind === kind), [preview, kind])
  const kinds = useMemo(() => {
    const m = new Map<HitKindDto, number>()
    for (const h of preview?.hits ?? []) m.set(h.kind, (m.get(h.kind) ?? 0) + 1)
    return [...m.entries()]
  }, [preview])
  const acceptedCount = [...accepted.values()].filter(Boolean).length
  const set = (ids: string[], value: boolean): void =>
    setAccepted((cur) => {
      const next = new Map(cur)
      for (const id of ids) next.set(id, value)
      return next
    })
  const sameEntity = (h: PreviewHitDto): string[] => (preview?.hits ?? []).filter((x) => x.entity === h.entity).map((x) => x.id)
  const rule = async (h: PreviewHitDto, decision: 'always' | 'never'): Promise<void> => {
    const ok = await action.run(() => call('privacy:setRule', { text: h.text, decision, kind: h.kind }))
    if (ok) await find()
  }
  const apply = async (): Promise<void> => {
    if (!preview) return
    const ids = [...accepted.entries()].filter(([, v]) => v).map(([id]) => id)
    const r = await run(t('privacy.review.applying'), (jobId) =>
      call('privacy:apply', { sources: [...chosen], accept: ids, original, renameCases, style, language: labels, jobId })
    )
    if (!r) return
    setResult(r)
    setPreview(null)
    setAccepted(new Map())
    setChosen(new Set())
  }

  return (
    <div className="privacy-review" data-testid="privacy-review">
      <p className="hint">{t('privacy.review.hint')}</p>
      <div className="privacy-columns">
        <aside className="card privacy-sources">
          <h3>{t('privacy.review.sources')}</h3>
          <p className="muted">{t('privacy.review.sourcesHint')}</p>
          <ul className="privacy-source-list" data-testid="privacy-sources">
            {live.map((s) => {
              const counted = preview?.sources.find((x) => x.id === s.id)
              return (
                <li key={s.id}>
                  <label>
                    <input
                      type="checkbox"
                      checked={chosen.has(s.id)}
                      onChange={(e) =>
                        setChosen((cur) => {
                          const next = new Set(cur)
                          if (e.target.checked) next.add(s.id)
                          else next.delete(s.id)
                          return next
                        })
                      }
                    />{' '}
                    {s.name}
                  </label>
                  {counted && (
                    <span className="pill" title={t('privacy.review.resolved', { overlapped: counted.overlapped, ruledOut: counted.ruledOut })}>
                      {t('privacy.review.hitsIn', { count: counted.hits })}
                    </span>
                  )}
                  {counted?.pseudonymised && <span className="pill ok">{t('privacy.review.alreadyPseudonymised')}</span>}
                </li>
              )
            })}
          </ul>
          <div className="form-grid">
            <label>
              {t('privacy.review.style')}
              <select value={style} onChange={(e) => setStyle(e.target.value as SurrogateStyleDto)} data-testid="privacy-style">
                <option value="label">{t('privacy.style.label')}</option>
                <option value="realistic">{t('privacy.style.realistic')}</option>
              </select>
            </label>
            <label>
              {t('privacy.review.labels')}
              <select value={labels} onChange={(e) => setLabels(e.target.value as 'it' | 'en')} disabled={style !== 'label'}>
                <option value="it">{t('privacy.labels.it')}</option>
                <option value="en">{t('privacy.labels.en')}</option>
              </select>
            </label>
          </div>
          <button className="primary" onClick={() => void find()} data-testid="privacy-find">
            {chosen.size ? t('privacy.review.findChosen', { count: chosen.size }) : t('privacy.review.findAll')}
          </button>
          <RulesPanel onChanged={() => preview && void find()} />
        </aside>
        <section className="privacy-hits">
          {action.error && (
            <div className="form-error" role="alert">
              {action.error}
            </div>
          )}
          {result && <ApplyReport result={result} />}
          {!preview && !result && <p className="muted">{t('privacy.review.empty')}</p>}
          {preview && (
            <>
              <div className="toolbar privacy-toolbar">
                <strong data-testid="privacy-summary">{t('privacy.review.summary', { count: preview.hits.length, accepted: acceptedCount })}</strong>
                <select value={kind} onChange={(e) => setKind(e.target.value as HitKindDto | '')} aria-label={t('privacy.review.kindFilter')} data-testid="privacy-kind-filter">
                  <option value="">{t('privacy.review.allKinds')}</option>
                  {kinds.map(([k, n]) => (
                    <option key={k} value={k}>
                      {t(`privacy.kind.${k}`)} ({n})
                    </option>
                  ))}
                </select>
                <button onClick={() => set(hits.map((h) => h.id), true)} data-testid="privacy-accept-shown">
                  {kind ? t('privacy.review.acceptKind', { kind: t(`privacy.kind.${kind}`) }) : t('privacy.review.acceptAll')}
                </button>
                <button onClick={() => set(hits.map((h) => h.id), false)} data-testid="privacy-reject-shown">
                  {kind ? t('privacy.review.rejectKind', { kind: t(`privacy.kind.${kind}`) }) : t('privacy.review.rejectAll')}
                </button>
                <button onClick={() => setAccepted(new Map(preview.hits.map((h) => [h.id, h.suggested])))}>{t('privacy.review.suggestedOnly')}</button>
              </div>
              <div className="privacy-split">
                <table className="grid compact privacy-hit-table" data-testid="privacy-hits">
                  <thead>
                    <tr>
                      <th title={t('privacy.col.replace')} aria-label={t('privacy.col.replace')}>✓</th>
                      <th>{t('privacy.col.context')}</th>
                      <th>{t('privacy.col.kind')}</th>
                      <th>{t('privacy.col.surrogate')}</th>
                      <th>{t('privacy.col.actions')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {hits.slice(0, shown).map((h) => (
                      <HitRow
                        key={h.id}
                        hit={h}
                        accepted={accepted.get(h.id) ?? false}
                        focused={focus?.id === h.id}
                        mentions={sameEntity(h).length}
                        onToggle={(v) => set([h.id], v)}
                        onEntity={(v) => set(sameEntity(h), v)}
                        onFocus={() => setFocus(h)}
                        onRule={(d) => void rule(h, d)}
                      />
                    ))}
                  </tbody>
                </table>
                {focus && <TextPreview hit={focus} hits={preview.hits.filter((h) => h.sourceId === focus.sourceId)} accepted={accepted} />}
              </div>
              {hits.length > shown && (
                <button className="link" onClick={() => setShown((n) => n + PAGE)}>
                  {t('privacy.review.showMore', { count: hits.length - shown })}
                </button>
              )}
              <div className="card privacy-apply" data-testid="privacy-apply-panel">
                <fieldset>
                  <legend>{t('privacy.review.original')}</legend>
                  <label>
                    <input type="radio" checked={original === 'keep'} onChange={() => setOriginal('keep')} /> {t('privacy.original.keep')}
                  </label>
                  <label>
                    <input type="radio" checked={original === 'destroy'} onChange={() => setOriginal('destroy')} data-testid="privacy-destroy" /> {t('privacy.original.destroy')}
                  </label>
                </fieldset>
                <label>
                  <input type="checkbox" checked={renameCases} onChange={(e) => setRenameCases(e.target.checked)} /> {t('privacy.review.renameCases')}
                </label>
                <button className="primary" disabled={acceptedCount === 0} onClick={() => void apply()} data-testid="privacy-apply">
                  {t('privacy.review.apply', { count: acceptedCount })}
                </button>
              </div>
            </>
          )}
        </section>
      </div>
    </div>
  )
}

function ApplyReport({ result }: { result: PseudonymisationResultDto }) {
  const { t } = useI18n()
  return (
    <div className="notice privacy-result" role="status" data-testid="privacy-result">
      <p>
        <strong>{t('privacy.result.title', { count: result.replaced })}</strong>
      </p>
      <table className="grid compact">
        <thead>
          <tr>
            <th>{t('privacy.result.version')}</th>
            <th>{t('privacy.result.replaced')}</th>
            <th>{t('privacy.result.codings')}</th>
          </tr>
        </thead>
        <tbody>
          {result.sources.map((s) => (
            <tr key={s.newId}>
              <td>{s.newName}</td>
              <td className="num">{s.replaced}</td>
              <td className="num">{t('privacy.result.codingsVerified', { count: s.codings })}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p className="muted">
        {t(result.original === 'kept' ? 'privacy.result.originalKept' : 'privacy.result.originalDestroyed')} {t('privacy.result.keyAdded', { count: result.keyAdded })}
        {result.casesRenamed > 0 && ` ${t('privacy.result.casesRenamed', { count: result.casesRenamed })}`}
        {result.recordingsKeptWithOriginal > 0 && ` ${t('privacy.result.recordings', { count: result.recordingsKeptWithOriginal })}`}
      </p>
    </div>
  )
}
