import { useCallback, useEffect, useState } from 'react'
import type { AppSettingsDto, ProjectSummary } from '../../shared/ipc/project'
import { call } from './lib/api'
import { I18nProvider } from './i18n/I18n'
import { ErrorSurface, useErrors } from './components/ErrorSurface'
import { JobHost } from './components/JobProgress'
import { ServiceNotice } from './components/ServiceNotice'
import { TopBar } from './components/TopBar'
import { NavBar, type Area } from './components/NavBar'
import { Welcome } from './areas/Welcome'
import { ProgrammeArea } from './areas/programme/ProgrammeArea'
import { InterviewsArea } from './areas/interviews/InterviewsArea'
import { QuestionnairesArea } from './areas/questionnaires/QuestionnairesArea'
import { IndicatorsArea } from './areas/indicators/IndicatorsArea'
import { TeamArea } from './areas/team/TeamArea'
import { ExportArea } from './areas/export/ExportArea'

function Shell({ settings, setSettings }: { settings: AppSettingsDto; setSettings(s: AppSettingsDto): void }) {
  const { report, clear } = useErrors()
  const [project, setProject] = useState<ProjectSummary | null>(null)
  const projectId = project?.id ?? null
  useEffect(() => clear(), [projectId, clear])
  const [area, setArea] = useState<Area>(() => (location.hash.slice(1) as Area) || 'programme')
  const refresh = useCallback(async () => {
    try {
      setProject(await call('project:current', {}))
    } catch (e) {
      report(e)
    }
  }, [report])
  // The recent list lives in main's settings: read again whenever a project is opened, created or closed.
  const reloadSettings = useCallback(() => call('app:settings', {}).then(setSettings, report), [setSettings, report])
  useEffect(() => {
    void refresh()
    return window.api.on('project:changed', ({ reason }) => {
      void refresh()
      if (reason === 'open' || reason === 'create' || reason === 'close') void reloadSettings()
    })
  }, [refresh, reloadSettings])
  const opened = useCallback(
    (p: ProjectSummary) => {
      setProject(p)
      void reloadSettings()
    },
    [reloadSettings]
  )
  const closed = useCallback(() => {
    setProject(null)
    void reloadSettings()
  }, [reloadSettings])
  useEffect(() => {
    location.hash = area
  }, [area])
  if (!project) return <Welcome settings={settings} onOpened={opened} />
  return (
    <div className="shell">
      <TopBar project={project} settings={settings} setSettings={setSettings} onClosed={closed} />
      <div className="body">
        <NavBar area={area} setArea={setArea} />
        <main className="content" data-testid={`area-${area}`}>
          {area === 'programme' && <ProgrammeArea project={project} />}
          {area === 'interviews' && <InterviewsArea />}
          {area === 'questionnaires' && <QuestionnairesArea />}
          {area === 'indicators' && <IndicatorsArea />}
          {area === 'team' && <TeamArea />}
          {area === 'export' && <ExportArea />}
        </main>
      </div>
    </div>
  )
}

export function App() {
  const [settings, setSettings] = useState<AppSettingsDto | null>(null)
  useEffect(() => {
    call('app:settings', {}).then(setSettings, () =>
      setSettings({ locale: 'it', coder: 'Valutatore', recent: [] })
    )
  }, [])
  useEffect(() => {
    if (settings) document.documentElement.lang = settings.locale
  }, [settings])
  if (!settings) return null
  return (
    <I18nProvider locale={settings.locale}>
      <ErrorSurface>
        <JobHost>
          <Shell settings={settings} setSettings={setSettings} />
        </JobHost>
        <ServiceNotice />
      </ErrorSurface>
    </I18nProvider>
  )
}
