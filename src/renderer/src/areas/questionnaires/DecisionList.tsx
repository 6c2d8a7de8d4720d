import type { ImportDecisionDto } from '../../../../shared/ipc/survey'
import { useI18n } from '../../i18n/I18n'

/**
 * What the import decided for the user, each with its count: ticked decisions are applied, unticked
 * ones undone (the preview is read again without them). Nothing that changes a figure is hidden.
 */
export function DecisionList({ decisions, onToggle }: { decisions: ImportDecisionDto[]; onToggle(id: string, apply: boolean): void }) {
  const i18n = useI18n()
  const { t } = i18n
  if (!decisions.length) return <p className="muted">{t('sv.decision.none')}</p>
  return (
    <div className="sv-decisions">
      <h3>{t('sv.decision.title', { n: decisions.length })}</h3>
      <p className="hint">{t('sv.decision.hint')}</p>
      <table className="sv-table" data-testid="sv-import-decisions">
        <thead>
          <tr>
            <th>{t('sv.decision.apply')}</th>
            <th>{t('sv.decision.kind')}</th>
            <th>{t('sv.decision.variable')}</th>
            <th className="num">{t('sv.decision.count')}</th>
            <th>{t('sv.decision.detail')}</th>
          </tr>
        </thead>
        <tbody>
          {decisions.map((d) => (
            <tr key={d.id} data-testid="sv-decision" data-id={d.id} data-kind={d.kind} className={d.reverted ? 'muted' : undefined}>
              <td>
                <input
                  type="checkbox"
                  checked={!d.reverted}
                  disabled={!d.reversible}
                  aria-label={t('sv.decision.apply')}
                  data-testid="sv-decision-apply"
                  onChange={(e) => onToggle(d.id, e.target.checked)}
                />
              </td>
              <td>{t(`sv.decision.kind.${d.kind}`)}</td>
              <td className="mono">{d.variable ?? (d.column ? t('sv.decision.column', { column: d.column }) : '—')}</td>
              <td className="num">{i18n.number(d.count)}</td>
              <td>{i18n.msg(d.detail)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  )
}
