import type { SurveyLayer, SurveyVariableDto } from '../../../../shared/ipc/survey'
import { useI18n } from '../../i18n/I18n'
import { useCall } from '../../lib/use-call'
import type { GridFilter } from './DataGrid'
import { valueText } from './format'

const FACETABLE = new Set(['nominal', 'ordinal', 'multi', 'id', 'metadata', 'text', 'numeric'])

/** Facets as OpenRefine shows them: each chosen variable lists its values with counts; clicking filters. */
export function FacetBar({
  dataset,
  layer,
  variables,
  facetVars,
  setFacetVars,
  filters,
  setFilters,
  version
}: {
  dataset: string
  layer: SurveyLayer
  variables: SurveyVariableDto[]
  facetVars: string[]
  setFacetVars(v: string[]): void
  filters: GridFilter[]
  setFilters(f: GridFilter[]): void
  version: string
}) {
  const i18n = useI18n()
  const { t } = i18n
  const known = facetVars.filter((f) => variables.some((v) => v.name === f))
  const { data } = useCall('survey:facets', known.length ? { dataset, layer, variables: known, filters } : null, [version])
  const toggle = (variable: string, value: string | number | null): void => {
    const cur = filters.find((f) => f.variable === variable)
    const values = cur ? (cur.values.includes(value) ? cur.values.filter((x) => x !== value) : [...cur.values, value]) : [value]
    const rest = filters.filter((f) => f.variable !== variable)
    setFilters(values.length ? [...rest, { variable, values }] : rest)
  }
  const remove = (name: string): void => {
    setFacetVars(facetVars.filter((f) => f !== name))
    setFilters(filters.filter((f) => f.variable !== name))
  }
  return (
    <div className="sv-facets" data-testid="sv-facets">
      <div className="sv-facet-add">
        <select
          aria-label={t('sv.facet.add')}
          data-testid="sv-facet-add"
          value=""
          onChange={(e) => e.target.value && setFacetVars([...facetVars.filter((f) => f !== e.target.value), e.target.value])}
        >
          <option value="">{t('sv.facet.add')}</option>
          {variables
            .filter((v) => FACETABLE.has(v.type) && !facetVars.includes(v.name))
            .map((v) => (
              <option key={v.name} value={v.name}>
                {v.label && v.label !== v.name ? `${v.name} — ${v.label}` : v.name}
              </option>
            ))}
        </select>
        {filters.length > 0 && (
          <button className="link" data-testid="sv-facet-clear" onClick={() => setFilters([])}>
            {t('sv.facet.clear')}
          </button>
        )}
        {data && filters.length > 0 && <span className="muted">{t('sv.facet.matching', { count: data.matching, total: data.total })}</span>}
      </div>
      {known.length > 0 && (
        <div className="sv-facet-list">
          {known.map((name) => {
            const f = data?.facets.find((x) => x.variable === name)
            const active = filters.find((x) => x.variable === name)?.values ?? []
            return (
              <div className="sv-facet" key={name} data-testid={`sv-facet-${name}`}>
                <div className="sv-facet-head">
                  <strong title={name}>{name}</strong>
                  <button className="link" aria-label={t('sv.facet.remove')} onClick={() => remove(name)}>
                    ×
                  </button>
                </div>
                <ul>
                  {(f?.values ?? []).map((x) => (
                    <li key={String(x.value)}>
                      <button
                        className={active.includes(x.value) ? 'sv-facet-value active' : 'sv-facet-value'}
                        data-testid="sv-facet-value"
                        onClick={() => toggle(name, x.value)}
                      >
                        <span className="sv-facet-label">{valueText(i18n, x.value, x.label)}</span>
                        <span className="sv-facet-count">{i18n.number(x.count)}</span>
                      </button>
                    </li>
                  ))}
                </ul>
              </div>
            )
          })}
        </div>
      )}
    </div>
  )
}
