import type { PreviewHitDto } from '../../../../shared/ipc/privacy'
import { useI18n } from '../../i18n/I18n'

/** One candidate of the review: its context, kind and certainty, the surrogate, and what to do with it. */
export function HitRow({
  hit,
  accepted,
  focused,
  mentions,
  onToggle,
  onEntity,
  onFocus,
  onRule
}: {
  hit: PreviewHitDto
  accepted: boolean
  focused: boolean
  mentions: number
  onToggle(v: boolean): void
  onEntity(v: boolean): void
  onFocus(): void
  onRule(d: 'always' | 'never'): void
}) {
  const { t } = useI18n()
  return (
    <tr className={focused ? 'privacy-hit focused' : 'privacy-hit'} data-testid="privacy-hit" onClick={onFocus}>
      <td>
        <input type="checkbox" checked={accepted} onChange={(e) => onToggle(e.target.checked)} aria-label={t('privacy.hit.accept', { text: hit.text })} />
      </td>
      <td className="privacy-context">
        <span className="muted">{hit.source}</span>
        <br />…{hit.before}
        <mark className={accepted ? 'accepted' : 'rejected'}>{hit.text}</mark>
        {hit.after}…
      </td>
      <td>
        {t(`privacy.kind.${hit.kind}`)}
        <br />
        <span className={`pill conf-${hit.confidence}`} title={t(`privacy.origin.${hit.origin}`)}>
          {t(`privacy.confidence.${hit.confidence}`)}
        </span>
      </td>
      <td className="privacy-surrogate">{hit.surrogate}</td>
      <td>
        <div className="privacy-actions">
        {mentions > 1 && (
          <>
            <button className="link" onClick={() => onEntity(true)} title={t('privacy.hit.entityHint')}>
              {t('privacy.hit.acceptEntity', { count: mentions })}
            </button>
            <button className="link" onClick={() => onEntity(false)}>
              {t('privacy.hit.rejectEntity', { count: mentions })}
            </button>
          </>
        )}
        <button className="link" onClick={() => onRule('always')} title={t('privacy.rule.alwaysHint')} data-testid="privacy-rule-always">
          {t('privacy.hit.always')}
        </button>
        <button className="link" onClick={() => onRule('never')} title={t('privacy.rule.neverHint')} data-testid="privacy-rule-never">
          {t('privacy.hit.never')}
        </button>
        </div>
      </td>
    </tr>
  )
}
