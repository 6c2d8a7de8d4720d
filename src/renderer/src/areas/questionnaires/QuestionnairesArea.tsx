import { useEffect, useState } from 'react'
import type { SurveyDatasetDto, SurveyLayer } from '../../../../shared/ipc/survey'
import { Tabs } from '../../components/Tabs'
import { useI18n } from '../../i18n/I18n'
import { useCall } from '../../lib/use-call'
import { DataGrid, type GridFilter } from './DataGrid'
import { DatasetList } from './DatasetList'
import { FacetBar } from './FacetBar'
import { ImportWizard } from './ImportWizard'
import { ExportDialog } from './ExportDialog'
import { IssuesTab } from './IssuesTab'
import { RecipePanel } from './RecipePanel'
import { VariablesTab } from './VariablesTab'
import { WavesTab } from './WavesTab'
import '../../styles/survey.css'
import { nOf } from '../../i18n/count'

type SurveyTab = 'data' | 'variables' | 'issues' | 'waves'
const TABS: SurveyTab[] = ['data', 'variables', 'issues', 'waves']

/** Questionari: import questionnaire exports, look at them, clean them with a replayable recipe. */
export function QuestionnairesArea() {
  const { t } = useI18n()
  const { data: datasets } = useCall('survey:datasets', {})
  const [selected, setSelected] = useState<string | null>(() => sessionStorage.getItem('esiti.survey.dataset'))
  const [importing, setImporting] = useState(false)
  const current = datasets?.find((d) => d.id === selected) ?? datasets?.[0] ?? null
  useEffect(() => {
    if (current) sessionStorage.setItem('esiti.survey.dataset', current.id)
  }, [current])
  return (
    <div className="questionnaires" data-testid="questionnaires">
      <DatasetList datasets={datasets} selected={current?.id ?? null} onSelect={setSelected} onImport={() => setImporting(true)} />
      <section className="sv-main">
        {!current && datasets && (
          <div className="card sv-intro">
            <h1>{t('nav.questionnaires')}</h1>
            <p className="lead">{t('sv.intro')}</p>
          </div>
        )}
        {/* Keyed by dataset: filters, facets and the chosen variable belong to one dataset. */}
        {current && <DatasetWorkspace key={current.id} current={current} />}
      </section>
      {importing && (
        <ImportWizard
          onClose={() => setImporting(false)}
          onImported={(newId) => {
            setImporting(false)
            setSelected(newId)
          }}
        />
      )}
    </div>
  )
}

function DatasetWorkspace({ current }: { current: SurveyDatasetDto }) {
  const { t } = useI18n()
  const [tab, setTab] = useState<SurveyTab>('data')
  const [layer, setLayer] = useState<SurveyLayer>('clean')
  const [filters, setFilters] = useState<GridFilter[]>([])
  const [facetVars, setFacetVars] = useState<string[]>([])
  const [variable, setVariable] = useState<string | null>(null)
  const [exporting, setExporting] = useState(false)
  const version = `${current.recipeVersion}:${current.totalRows}:${current.rows}:${current.variables}`
  const { data: variables } = useCall('survey:variables', { dataset: current.id }, [version])
  // Derived and renamed variables exist only in the clean layer: facets start afresh on a switch.
  const switchLayer = (l: SurveyLayer): void => {
    setLayer(l)
    setFilters([])
    setFacetVars([])
  }
  return (
    <>
      <header className="sv-head">
        <h1 data-testid="sv-title">{current.name}</h1>
        <span className="muted">
          {t('sv.head.summary', { rows: current.rows, count: current.totalRows, vars: nOf('variables', current.variables) })}
          {current.file ? ` · ${current.file}` : ''}
          {current.sheet ? ` · ${t('sv.import.sheet')} «${current.sheet}»` : ''}
        </span>
        <button className="sv-export-open" data-testid="sv-export-open" onClick={() => setExporting(true)}>
          {t('sv.export.open')}
        </button>
      </header>
      {exporting && <ExportDialog dataset={current.id} onClose={() => setExporting(false)} />}
      <Tabs<SurveyTab> testId="sv-tabs" tabs={TABS.map((k) => ({ key: k, label: t(`sv.tab.${k}`) }))} active={tab} onChange={setTab} />
      {tab === 'data' && (
        <div className="sv-data">
          <div className="sv-data-main">
            <div className="toolbar sv-toolbar">
              <div className="segmented" role="group" aria-label={t('sv.layer.label')}>
                {(['clean', 'raw'] as const).map((l) => (
                  <button key={l} className={layer === l ? 'active' : ''} aria-pressed={layer === l} data-testid={`sv-layer-${l}`} onClick={() => switchLayer(l)}>
                    {t(`sv.layer.${l}`)}
                  </button>
                ))}
              </div>
              <span className="hint">{t(`sv.layer.${layer}Hint`)}</span>
            </div>
            {variables && (
              <FacetBar
                dataset={current.id}
                layer={layer}
                variables={variables}
                facetVars={facetVars}
                setFacetVars={setFacetVars}
                filters={filters}
                setFilters={setFilters}
                version={version}
              />
            )}
            <DataGrid
              dataset={current.id}
              layer={layer}
              filters={filters}
              version={version}
              selected={variable}
              onColumn={(name) => {
                setVariable(name)
                setTab('variables')
              }}
            />
          </div>
          <RecipePanel dataset={current.id} variables={variables ?? []} version={version} />
        </div>
      )}
      {tab === 'variables' && variables && (
        <VariablesTab dataset={current.id} variables={variables} selected={variable} onSelect={setVariable} version={version} />
      )}
      {tab === 'issues' && <IssuesTab dataset={current.id} version={version} />}
      {tab === 'waves' && <WavesTab dataset={current.id} hasWaves={current.waves.length > 0} version={version} />}
    </>
  )
}
