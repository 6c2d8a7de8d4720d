import type { AppSettingsDto, ProjectSummary } from '../../../shared/ipc/project'
import { useState } from 'react'
import { call } from '../lib/api'
import { UnlockDialog } from '../components/PassphraseDialogs'
import { needsPassphrase, useOtherPassphrase } from '../components/OtherPassphrase'
import { useI18n } from '../i18n/I18n'
import { useErrors } from '../components/ErrorSurface'
import { useJob } from '../components/JobProgress'

export function Welcome({ settings, onOpened }: { settings: AppSettingsDto; onOpened(p: ProjectSummary): void }) {
  const { t, date } = useI18n()
  const { report } = useErrors()
  const jobs = useJob()
  const done = (p: ProjectSummary | null | undefined) => p && onOpened(p)
  // An encrypted project: main names the file it refused, the dialog sends the passphrase for it.
  const [locked, setLocked] = useState<string | null>(null)
  const refused = (e: unknown): void => {
    if (needsPassphrase(e)) setLocked(String(e.info.params?.file ?? ''))
    else report(e)
  }
  // An encrypted template: its passphrase is asked, then the same template and new file are used.
  const other = useOtherPassphrase()
  const fromTemplate = (): void =>
    void call('project:create', { template: true }).then(done, (e: unknown) => {
      if (!other.refused(e, () => call('project:create', { template: true, again: true }), done)) report(e)
    })
  return (
    <div className="welcome" data-testid="welcome">
      <h1>{t('welcome.title')}</h1>
      <p className="lead">{t('welcome.intro')}</p>
      <div className="welcome-actions">
        <button className="primary" data-testid="open-project" onClick={() => call('project:open', {}).then(done, refused)}>
          {t('welcome.open')}
        </button>
        <button data-testid="new-project" onClick={() => call('project:create', { demo: false }).then(done, report)}>
          {t('welcome.new')}
        </button>
        <button data-testid="new-from-template" title={t('welcome.templateHint')} onClick={fromTemplate}>
          {t('welcome.template')}
        </button>
        <button
          data-testid="new-demo"
          onClick={() => jobs.run(t('welcome.demo'), (jobId) => call('project:create', { demo: true, jobId })).then(done)}
        >
          {t('welcome.demo')}
        </button>
      </div>
      <p className="hint">{t('welcome.demoHint')}</p>
      <h2>{t('welcome.recent')}</h2>
      {settings.recent.length === 0 ? (
        <p className="muted">{t('welcome.noRecent')}</p>
      ) : (
        <ul className="recent" data-testid="recent-projects">
          {settings.recent.map((r) => (
            <li key={r.path} data-testid="recent-project" data-path={r.path}>
              <button className="link" onClick={() => call('project:open', { recentPath: r.path }).then(done, refused)}>
                {r.name ?? r.path.split(/[\\/]/).pop()}
              </button>
              <span className="muted"> {r.path} · {date(r.openedAt)}</span>
            </li>
          ))}
        </ul>
      )}
      {other.dialog}
      {locked !== null && (
        <UnlockDialog
          file={locked}
          onCancel={() => setLocked(null)}
          onOpened={(p) => {
            setLocked(null)
            onOpened(p)
          }}
        />
      )}
    </div>
  )
}
