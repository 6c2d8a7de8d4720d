import { useI18n } from '../../i18n/I18n'

export interface PickItem {
  id: string
  name: string
  /** Shown after the name in smaller type (how many codings). */
  hint?: string
  /** A code's "Parent > Child" path: the tooltip, and what tells apart codes with the same name. */
  path?: string
  color?: string
}

/**
 * A checklist. With `allowAll`, an empty selection means "all" and the list stays folded until
 * the user switches to "only some".
 */
export function PickList({
  items,
  selected,
  onChange,
  allowAll,
  testId,
  maxHeight = 180
}: {
  items: PickItem[]
  selected: string[] | null
  onChange(next: string[] | null): void
  allowAll?: boolean
  testId?: string
  maxHeight?: number
}) {
  const { t } = useI18n()
  const some = selected !== null
  const chosen = new Set(selected ?? [])
  const toggle = (id: string) => {
    const next = new Set(chosen)
    if (next.has(id)) next.delete(id)
    else next.add(id)
    onChange(items.filter((i) => next.has(i.id)).map((i) => i.id))
  }
  return (
    <div className="picklist" data-testid={testId}>
      {allowAll && (
        <div className="segmented small">
          <button type="button" className={!some ? 'active' : ''} onClick={() => onChange(null)} data-testid={testId && `${testId}-all`}>
            {t('team.pick.all', { n: items.length })}
          </button>
          <button
            type="button"
            className={some ? 'active' : ''}
            onClick={() => onChange(selected ?? items.map((i) => i.id))}
            data-testid={testId && `${testId}-some`}
          >
            {t('team.pick.some')}
          </button>
        </div>
      )}
      {(!allowAll || some) && (
        <ul className="picklist-items" style={{ maxHeight }}>
          {items.length === 0 && <li className="muted">{t('common.empty')}</li>}
          {items.map((i) => (
            <li key={i.id}>
              <label title={i.path ?? i.name}>
                <input type="checkbox" checked={chosen.has(i.id)} onChange={() => toggle(i.id)} data-name={i.name} />
                {i.color && <span className="swatch" style={{ background: i.color }} />}
                <span className="pick-name">{i.name}</span>
                {i.hint && <span className="pick-hint">{i.hint}</span>}
              </label>
            </li>
          ))}
        </ul>
      )}
      {allowAll && some && (
        <div className="picklist-foot">
          <button type="button" className="link" onClick={() => onChange(items.map((i) => i.id))}>
            {t('team.pick.checkAll')}
          </button>
          <button type="button" className="link" onClick={() => onChange([])}>
            {t('team.pick.checkNone')}
          </button>
          <span className="muted">{t('team.pick.count', { n: chosen.size, m: items.length })}</span>
        </div>
      )}
    </div>
  )
}
