import { useState } from 'react'
import type { ProjectSummary } from '../../../../shared/ipc/project'
import { Tabs } from '../../components/Tabs'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { ActionsTab } from './ActionsTab'
import { AreasTab } from './AreasTab'
import { DetailsTab } from './DetailsTab'
import { ListsTab } from './ListsTab'
import { OrganisationsTab } from './OrganisationsTab'
import { SdgTab } from './SdgTab'
import { SectionsTab } from './SectionsTab'
import { useAction } from './use-action'
import { PersonalDataTab } from '../privacy/PersonalDataTab'
import '../../styles/indicators.css'
import '../../styles/programme.css'

type Tab = 'details' | 'actions' | 'organisations' | 'areas' | 'lists' | 'sections' | 'sdg' | 'privacy'
const TABS: Tab[] = ['details', 'actions', 'organisations', 'areas', 'lists', 'sections', 'sdg', 'privacy']

/**
 * The Programme workspace: everything an evaluation is organised by, set up from an empty project
 * (details, actions, partners and companies, territorial areas, the register's lists, report
 * sections, adopted SDG targets). Every change is one undoable step in main.
 */
export function ProgrammeArea({ project }: { project: ProjectSummary }) {
  const { t } = useI18n()
  const { data, reload } = useCall('programme:get', {})
  const [tab, setTab] = useState<Tab>(() => {
    const saved = sessionStorage.getItem('esiti.programme.tab') as Tab | null
    return saved && TABS.includes(saved) ? saved : 'details'
  })
  const [saved, setSaved] = useState<string | null>(null)
  const template = useAction()
  const change = (k: Tab) => {
    sessionStorage.setItem('esiti.programme.tab', k)
    setTab(k)
  }
  const saveTemplate = async () => {
    const r = await template.run(() => call('template:save', {}))
    if (r) setSaved(r.file)
  }
  if (!data) return <p className="muted">{t('common.loading')}</p>
  const name = data.programme?.name || t('programme.untitled')
  return (
    <div className="area programme-area" data-testid="programme-area">
      <div className="programme-head">
        <h1 data-testid="programme-title">{name}</h1>
        {data.isTemplate && <span className="pill">{t('programme.isTemplate')}</span>}
        <span className="toolbar-sep" />
        <button onClick={() => void saveTemplate()} disabled={template.busy} data-testid="template-save" title={t('programme.template.hint')}>
          {t('programme.template.save')}
        </button>
      </div>
      {saved && (
        <div className="notice" role="status" data-testid="template-saved">
          {t('programme.template.saved', { file: saved })}{' '}
          <button className="link" onClick={() => setSaved(null)}>
            {t('error.dismiss')}
          </button>
        </div>
      )}
      {template.error && (
        <div className="form-error" role="alert">
          {template.error}
        </div>
      )}
      <Tabs testId="programme-tabs" tabs={TABS.map((k) => ({ key: k, label: t(`programme.tab.${k}`) }))} active={tab} onChange={change} />
      <div role="tabpanel" aria-label={t(`programme.tab.${tab}`)}>
        {tab === 'details' && <DetailsTab data={data} project={project} onSaved={reload} />}
        {tab === 'actions' && <ActionsTab data={data} reload={reload} />}
        {tab === 'organisations' && <OrganisationsTab data={data} reload={reload} />}
        {tab === 'areas' && <AreasTab data={data} reload={reload} />}
        {tab === 'lists' && <ListsTab />}
        {tab === 'sections' && <SectionsTab data={data} reload={reload} />}
        {tab === 'sdg' && <SdgTab />}
        {tab === 'privacy' && <PersonalDataTab />}
      </div>
    </div>
  )
}
