import { useEffect, useState } from 'react'
import type { AppSettingsDto, ProjectSummary, UndoStateDto } from '../../../shared/ipc/project'
import { call } from '../lib/api'
import { useI18n } from '../i18n/I18n'
import { useErrors } from './ErrorSurface'

interface Props {
  project: ProjectSummary
  settings: AppSettingsDto
  setSettings(s: AppSettingsDto): void
  onClosed(): void
}

export function TopBar({ project, settings, setSettings, onClosed }: Props) {
  const { t } = useI18n()
  const { report } = useErrors()
  const [undo, setUndo] = useState<UndoStateDto>({ undo: null, redo: null })
  const [coder, setCoder] = useState(settings.coder)
  useEffect(() => {
    const load = () => call('project:undoState', {}).then(setUndo, report)
    void load()
    return window.api.on('project:changed', () => void load())
  }, [report])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (!mod || (e.target as HTMLElement)?.closest('input, textarea, select')) return
      if (e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault()
        call('project:undo', {}).catch(report)
      } else if (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey)) {
        e.preventDefault()
        call('project:redo', {}).catch(report)
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [report])
  return (
    <header className="topbar">
      <div className="brand">
        <span className="logo">Esiti</span>
        <span className="project-name" data-testid="project-name" title={project.path}>
          {project.name ?? project.path.split(/[\\/]/).pop()}
        </span>
      </div>
      <div className="top-actions">
        <button
          disabled={!undo.undo}
          title={undo.undo ? t('top.undoWhat', { what: undo.undo.summary }) : undefined}
          data-testid="undo"
          onClick={() => call('project:undo', {}).catch(report)}
        >
          ↶ {t('top.undo')}
        </button>
        <button
          disabled={!undo.redo}
          title={undo.redo ? t('top.redoWhat', { what: undo.redo.summary }) : undefined}
          data-testid="redo"
          onClick={() => call('project:redo', {}).catch(report)}
        >
          ↷ {t('top.redo')}
        </button>
        <label className="inline">
          {t('top.coder')}
          <input
            data-testid="coder"
            value={coder}
            size={12}
            onChange={(e) => setCoder(e.target.value)}
            onBlur={() => coder.trim() && call('app:setCoder', { coder }).then(setSettings, report)}
          />
        </label>
        <label className="inline">
          {t('top.language')}
          <select
            data-testid="locale"
            value={settings.locale}
            onChange={(e) => call('app:setLocale', { locale: e.target.value as 'it' | 'en' }).then(setSettings, report)}
          >
            <option value="it">Italiano</option>
            <option value="en">English</option>
          </select>
        </label>
        <button onClick={() => call('project:close', {}).then(onClosed, report)}>{t('top.close')}</button>
      </div>
    </header>
  )
}
