import type { SurveyDatasetDto } from '../../../../shared/ipc/survey'
import { useI18n } from '../../i18n/I18n'
import { nOf } from '../../i18n/count'

/** The project's questionnaire datasets, with rows, variables, waves and what the recipe did. */
export function DatasetList({
  datasets,
  selected,
  onSelect,
  onImport
}: {
  datasets: SurveyDatasetDto[] | null
  selected: string | null
  onSelect(id: string): void
  onImport(): void
}) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <aside className="sv-datasets" data-testid="sv-datasets">
      <div className="sv-datasets-head">
        <h3>{t('sv.datasets.title')}</h3>
        <button className="primary" data-testid="sv-import" onClick={onImport}>
          {t('sv.datasets.import')}
        </button>
      </div>
      {datasets && datasets.length === 0 && <p className="muted">{t('sv.datasets.empty')}</p>}
      <ul>
        {(datasets ?? []).map((d) => (
          <li key={d.id}>
            <button className={d.id === selected ? 'sv-dataset active' : 'sv-dataset'} data-testid="sv-dataset" data-name={d.name} onClick={() => onSelect(d.id)}>
              <span className="sv-dataset-name">{d.name}</span>
              <span className="muted">
                {t('sv.datasets.rows', { rows: nOf('rows', d.rows), vars: nOf('variables', d.variables) })}
                {d.rows !== d.totalRows && ` · ${t('sv.datasets.of', { n: d.totalRows })}`}
              </span>
              <span className="muted">
                {d.platform ? t(`sv.platform.${d.platform}`) : ''}
                {d.waves.length > 0 && ` · ${t('sv.datasets.waves', { waves: d.waves.join(', ') })}`}
              </span>
              <span className="muted">
                {t('sv.datasets.steps', { count: Math.max(0, d.steps - 1) })}
                {d.issues > 0 && <span className="status-warn"> · {t('sv.recipe.issues', { count: d.issues })}</span>}
              </span>
            </button>
          </li>
        ))}
      </ul>
    </aside>
  )
}
