import type { SurveyVariableDto } from '../../../../shared/ipc/survey'
import { useI18n } from '../../i18n/I18n'
import { VariablePanel } from './VariablePanel'
import { IdentifierControl, useIdentifiers } from '../privacy/IdentifierControl'

/** Every variable with its type; the chosen one shows its profile (clean layer) and override controls. */
export function VariablesTab({
  dataset,
  variables,
  selected,
  onSelect,
  version
}: {
  dataset: string
  variables: SurveyVariableDto[]
  selected: string | null
  onSelect(name: string): void
  version: string
}) {
  const { t } = useI18n()
  const current = variables.find((v) => v.name === selected) ?? variables[0]
  const ids = useIdentifiers(dataset)
  return (
    <div className="sv-variables" data-testid="sv-variables">
      <ul className="sv-var-list">
        {variables.map((v) => (
          <li key={v.id}>
            <button className={v === current ? 'sv-var active' : 'sv-var'} data-testid={`sv-var-${v.name}`} onClick={() => onSelect(v.name)}>
              <span className="sv-var-name mono">{v.name}</span>
              <span className={`sv-type sv-type-${v.type}`}>{t(`sv.type.${v.type}`)}</span>
              {ids.byName.get(v.name)?.direct && (
                <span className="pill warn" title={t('sv.identifier.title')} data-testid="sv-var-identifier">
                  {t(`privacy.idkind.${ids.byName.get(v.name)!.kind}`)}
                </span>
              )}
              {v.label && v.label !== v.name && <span className="sv-var-label muted">{v.label}</span>}
            </button>
          </li>
        ))}
      </ul>
      {current ? (
        <div className="sv-variable-col">
          <VariablePanel dataset={dataset} variable={current} version={version} />
          <IdentifierControl dataset={dataset} variable={current.name} current={ids.byName.get(current.name)} onChanged={() => void ids.reload()} />
        </div>
      ) : (
        <p className="muted">{t('common.empty')}</p>
      )}
    </div>
  )
}
