import { useEffect, useMemo, useState } from 'react'
import type { DecisionKind, DecisionResultDto, DisagreementItemDto } from '../../../../../shared/ipc/team'
import { call } from '../../../lib/api'
import { useCall } from '../../../lib/use-call'
import { useErrors } from '../../../components/ErrorSurface'
import { VirtualRows } from '../../../components/VirtualRows'
import { useI18n } from '../../../i18n/I18n'
import type { TeamLists } from '../use-team-lists'
import { explain, sameMsg } from '../format'
import { DecisionHistory } from './DecisionHistory'
import { DisagreementCard, type DecisionMark } from './DisagreementCard'

export interface ReviewTarget {
  coders: string[]
  codeId: string
}

type Filter = 'open' | 'decided' | 'all'

const idsKey = (ids: string[]): string => [...ids].sort().join(',')
/** The codings an item is made of: after a decision, the ones the decision produced or kept. */
const itemIds = (item: DisagreementItemDto): string => idsKey([...item.a, ...item.b].map((s) => s.codingId))

/** Two coders, one code: their differing segments side by side, decided one click at a time. */
export function ReviewTab({ lists, target }: { lists: TeamLists; target: ReviewTarget | null }) {
  const i18n = useI18n()
  const { t } = i18n
  const { report } = useErrors()
  const [a, setA] = useState('')
  const [b, setB] = useState('')
  const [code, setCode] = useState('')
  const [source, setSource] = useState('')
  const [filter, setFilter] = useState<Filter>('all')
  const [busy, setBusy] = useState(false)
  const [last, setLast] = useState<{ ids: string; result: DecisionResultDto } | null>(null)

  useEffect(() => {
    if (target) {
      setA(target.coders[0] ?? '')
      setB(target.coders[1] ?? '')
      setCode(target.codeId)
      setSource('')
    }
  }, [target])
  useEffect(() => {
    if (!a && !b && lists.coders.length >= 2) {
      setA(lists.coders[0].id)
      setB(lists.coders[1].id)
    }
  }, [lists.coders, a, b])

  const ready = a && b && a !== b && code
  const { data, loading } = useCall(
    'team:disagreements',
    ready ? { coders: [a, b], code, sources: source ? [source] : undefined, includeAgreements: true } : null
  )
  // A decided item becomes an agreement (both coders hold the decided version): keep it listed.
  const items = useMemo(() => (data ? data.items.filter((i) => i.kind !== 'agree' || i.decision) : []), [data])
  const resolved = items.filter((i) => i.decision).length
  const shown = items.filter((i) => (filter === 'all' ? true : filter === 'open' ? !i.decision : !!i.decision))

  const decide = async (item: DisagreementItemDto, decision: DecisionKind) => {
    setBusy(true)
    try {
      const result = await call('team:decide', {
        coders: [a, b],
        code,
        source: item.sourceId,
        codingIds: [...item.a, ...item.b].map((s) => s.codingId),
        decision
      })
      setLast({ ids: idsKey(result.kept.concat(result.created)), result })
    } catch (e) {
      report(e)
    } finally {
      setBusy(false)
    }
  }
  // Undo goes through the global log, and only when this decision is still the last operation.
  const undoLast = async () => {
    if (!last) return
    try {
      const state = await call('project:undoState', {})
      if (state.undo?.message && sameMsg(state.undo.message, last.result.summary)) await call('project:undo', {})
      setLast(null)
    } catch (e) {
      report(e)
    }
  }
  // Who decided and when is recorded with the decision, so it survives a reload.
  const markOf = (item: DisagreementItemDto): DecisionMark | null =>
    item.decidedAt ? { who: item.decidedBy ?? '', at: item.decidedAt } : null

  const coders = data?.coders
  return (
    <div className="review-tab">
      <section className="card review-form" data-testid="review-form">
        <label className="inline">
          {t('team.review.coderA')}
          <select value={a} onChange={(e) => setA(e.target.value)} data-testid="review-coder-a">
            <option value="">—</option>
            {lists.coders.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('team.review.coderB')}
          <select value={b} onChange={(e) => setB(e.target.value)} data-testid="review-coder-b">
            <option value="">—</option>
            {lists.coders.map((c) => (
              <option key={c.id} value={c.id}>
                {c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('team.review.code')}
          <select value={code} onChange={(e) => setCode(e.target.value)} data-testid="review-code-select" className="wide-select">
            <option value="">{t('team.review.chooseCode')}</option>
            {lists.codes.map((c) => (
              <option key={c.id} value={c.id}>
                {c.path ?? c.name}
              </option>
            ))}
          </select>
        </label>
        <label className="inline">
          {t('team.review.source')}
          <select value={source} onChange={(e) => setSource(e.target.value)} data-testid="review-source">
            <option value="">{t('team.review.allSources')}</option>
            {lists.sources.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        </label>
      </section>

      {a && b && a === b && <p className="status-warn">{t('team.review.sameCoder')}</p>}
      {!ready && a !== b && <p className="muted empty-note">{t('team.review.intro')}</p>}
      {ready && loading && !data && <p className="muted">{t('common.loading')}</p>}
      {ready && data && coders && (
        <>
          <div className="review-status">
            <div className="review-progress" data-testid="review-progress" data-resolved={resolved} data-total={items.length}>
              <strong>{t('team.review.progress', { n: resolved, m: items.length })}</strong>
              <div className="progress">
                <div className="progress-bar" style={{ width: items.length ? `${(resolved / items.length) * 100}%` : '0%' }} />
              </div>
            </div>
            <span className="muted">
              {t('team.review.counts', {
                agree: data.counts.agree,
                onlyA: data.counts.only_a,
                onlyB: data.counts.only_b,
                boundaries: data.counts.boundaries,
                a: coders[0].name,
                b: coders[1].name
              })}
            </span>
            <div className="segmented small">
              {(['all', 'open', 'decided'] as Filter[]).map((f) => (
                <button key={f} className={filter === f ? 'active' : ''} onClick={() => setFilter(f)} data-testid={`review-filter-${f}`}>
                  {t(`team.review.filter.${f}`)}
                </button>
              ))}
            </div>
          </div>
          <p className="hint">{explain(i18n, data.explanation)}</p>
          <DecisionHistory history={data.history} coders={coders} />
          <div className="legend-row hint">
            <span className="mark-mine-only">{t('team.review.legendMine')}</span>
            <span className="mark-shared">{t('team.review.legendShared')}</span>
            <span className="mark-theirs-only">{t('team.review.legendTheirs')}</span>
            <span>{t('team.review.undoHint')}</span>
          </div>
          {shown.length === 0 ? (
            <p className="muted empty-note" data-testid="review-empty">
              {items.length === 0 ? t('team.review.noDisagreements') : t('common.empty')}
            </p>
          ) : (
            <VirtualRows
              count={shown.length}
              estimate={220}
              height="calc(100vh - 330px)"
              testId="disagreements"
              render={(i) => (
                <DisagreementCard
                  item={shown[i]}
                  coders={coders}
                  mark={markOf(shown[i])}
                  busy={busy}
                  onDecide={(it, d) => void decide(it, d)}
                  onUndo={last && shown[i].decision && last.ids === itemIds(shown[i]) ? () => void undoLast() : null}
                />
              )}
            />
          )}
        </>
      )}
    </div>
  )
}
