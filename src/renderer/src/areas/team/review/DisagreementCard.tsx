import type { DecisionKind, DisagreementItemDto, NamedRef } from '../../../../../shared/ipc/team'
import { useI18n } from '../../../i18n/I18n'
import { QuoteInContext } from './QuoteInContext'

export interface DecisionMark {
  who: string
  at: string
}

const DECISIONS: DecisionKind[] = ['keep_a', 'keep_b', 'keep_both', 'merge']

/** Which decisions make sense for a kind of disagreement (merging needs a segment on both sides). */
export const allowed = (item: DisagreementItemDto, d: DecisionKind): boolean =>
  d !== 'merge' || (item.a.length > 0 && item.b.length > 0)

/** One disagreement, side by side, with the one-click decisions. */
export function DisagreementCard({
  item,
  coders,
  mark,
  busy,
  onDecide,
  onUndo
}: {
  item: DisagreementItemDto
  coders: [NamedRef, NamedRef]
  mark: DecisionMark | null
  busy: boolean
  onDecide(item: DisagreementItemDto, d: DecisionKind): void
  onUndo: (() => void) | null
}) {
  const i18n = useI18n()
  const { t, number } = i18n
  return (
    <article
      className={item.decision ? 'disagreement decided' : 'disagreement'}
      data-testid="disagreement"
      data-kind={item.kind}
      data-decided={item.decision ?? ''}
    >
      <header>
        <span className={`pill kind-${item.decision ? 'decided' : item.kind}`}>
          {item.decision ? t('team.kind.decided') : t(`team.kind.${item.kind}`, { a: coders[0].name, b: coders[1].name })}
        </span>
        <strong>{item.source}</strong>
        <span className="muted">
          {t('team.review.at', { start: number(item.start), end: number(item.end) })}
        </span>
        {item.decision && (
          <span className="decision-note status-ok" data-testid="decision-note">
            ✓ {t(`team.decision.${item.decision}`, { a: coders[0].name, b: coders[1].name })}
            {mark && ` · ${t('team.review.by', { who: mark.who || '—', when: i18n.date(mark.at, { dateStyle: 'short', timeStyle: 'short' }) })}`}
            {onUndo && (
              <button className="link" onClick={onUndo} data-testid="decision-undo">
                {t('top.undo')}
              </button>
            )}
          </span>
        )}
      </header>
      <div className="sides">
        <div className="side side-a">
          <div className="side-head">{t('team.review.sideA', { name: coders[0].name })}</div>
          <QuoteInContext item={item} side="a" />
        </div>
        <div className="side side-b">
          <div className="side-head">{t('team.review.sideB', { name: coders[1].name })}</div>
          <QuoteInContext item={item} side="b" />
        </div>
      </div>
      <footer className="decisions">
        {DECISIONS.map((d) => (
          <button
            key={d}
            className={item.decision === d ? 'small active' : 'small'}
            disabled={busy || !allowed(item, d) || item.decision === d}
            title={t(`team.decisionHint.${d}`, { a: coders[0].name, b: coders[1].name })}
            onClick={() => onDecide(item, d)}
            data-testid={`decide-${d}`}
          >
            {t(`team.decision.${d}`, { a: coders[0].name, b: coders[1].name })}
          </button>
        ))}
      </footer>
    </article>
  )
}
