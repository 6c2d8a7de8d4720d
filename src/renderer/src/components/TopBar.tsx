import { useCallback, useEffect, useRef, useState } from 'react'
import type { AppSettingsDto, OpSummaryDto, ProjectSummary, UndoStateDto } from '../../../shared/ipc/project'
import { call } from '../lib/api'
import { useI18n, type I18n } from '../i18n/I18n'
import { useErrors } from './ErrorSurface'
import { useJob } from './JobProgress'
import { EncryptionDialog } from './PassphraseDialogs'
import type { EncryptionResult } from '../../../shared/ipc/encryption'

interface Props {
  project: ProjectSummary
  settings: AppSettingsDto
  setSettings(s: AppSettingsDto): void
  onClosed(): void
}

/** An operation as the user reads it: its message in the interface language, or an older op's text. */
const opText = (i18n: I18n, op: OpSummaryDto): string => (op.message ? i18n.msg(op.message) : op.summary)

export function TopBar({ project, settings, setSettings, onClosed }: Props) {
  const i18n = useI18n()
  const { t } = i18n
  const { report } = useErrors()
  const jobs = useJob()
  const [undo, setUndo] = useState<UndoStateDto>({ undo: null, redo: null })
  const [coder, setCoder] = useState(settings.coder)
  const [savedAt, setSavedAt] = useState<Date | null>(null)
  const [copied, setCopied] = useState<string | null>(null)
  const [crypting, setCrypting] = useState(false)
  const [crypted, setCrypted] = useState<EncryptionResult | null>(null)
  // The keyboard shortcuts read the latest state: with nothing to undo or redo they do nothing.
  const undoRef = useRef(undo)
  undoRef.current = undo
  useEffect(() => {
    const load = () => call('project:undoState', {}).then(setUndo, report)
    void load()
    return window.api.on('project:changed', ({ reason }) => {
      void load()
      // Every change is written to the file in its own transaction: once main says so, it is saved.
      if (reason !== 'open' && reason !== 'create' && reason !== 'close') setSavedAt(new Date())
    })
  }, [report])
  const doUndo = useCallback(() => {
    if (undoRef.current.undo) call('project:undo', {}).catch(report)
  }, [report])
  const doRedo = useCallback(() => {
    if (undoRef.current.redo) call('project:redo', {}).catch(report)
  }, [report])
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      const mod = e.ctrlKey || e.metaKey
      if (!mod || (e.target as HTMLElement)?.closest('input, textarea, select')) return
      if (e.key.toLowerCase() === 'z' && !e.shiftKey) {
        e.preventDefault()
        doUndo()
      } else if (e.key.toLowerCase() === 'y' || (e.key.toLowerCase() === 'z' && e.shiftKey)) {
        e.preventDefault()
        doRedo()
      }
    }
    window.addEventListener('keydown', onKey)
    return () => window.removeEventListener('keydown', onKey)
  }, [doUndo, doRedo])
  const saveCopy = async (): Promise<void> => {
    const r = await jobs.run(t('top.copying'), (jobId) => call('project:saveCopy', { jobId }))
    if (r) setCopied(r.file)
  }
  const time = savedAt ? i18n.date(savedAt.toISOString(), { hour: '2-digit', minute: '2-digit' }) : null
  return (
    <>
      <header className="topbar">
        <div className="brand">
          <span className="logo">Esiti</span>
          <span className="project-name" data-testid="project-name" title={project.path}>
            {project.name ?? project.path.split(/[\\/]/).pop()}
          </span>
          <span className="saved-state" data-testid="saved-state" title={t('top.savedHint', { file: project.path })}>
            ✓ {time ? t('top.savedAt', { time }) : t('top.saved')}
          </span>
          {project.encrypted && (
            <span className="crypt-badge" data-testid="encrypted-badge" title={t('crypt.badgeHint')}>
              {t('crypt.badge')}
            </span>
          )}
          {crypted && (
            <span className="saved-state" data-testid="encryption-done">
              {t(crypted.encrypted ? 'crypt.encrypt.done' : 'crypt.decrypt.done')}
              {crypted.plainBackups.length > 0 &&
                ' ' + t('crypt.plainBackups', { count: crypted.plainBackups.length, names: crypted.plainBackups.map((b) => b.split(/[\\/]/).pop()).join(', ') })}
            </span>
          )}
          {copied && (
            <span className="saved-state" data-testid="copy-done" title={copied}>
              {t('top.copied', { file: copied.split(/[\\/]/).pop() ?? copied })}
            </span>
          )}
        </div>
        <div className="top-actions">
          <button
            disabled={!undo.undo}
            title={undo.undo ? t('top.undoWhat', { what: opText(i18n, undo.undo) }) : t('top.nothingToUndo')}
            data-testid="undo"
            onClick={doUndo}
          >
            ↶ {t('top.undo')}
          </button>
          <button
            disabled={!undo.redo}
            title={undo.redo ? t('top.redoWhat', { what: opText(i18n, undo.redo) }) : t('top.nothingToRedo')}
            data-testid="redo"
            onClick={doRedo}
          >
            ↷ {t('top.redo')}
          </button>
          <button data-testid="save-copy" title={t('top.saveCopyHint')} onClick={() => void saveCopy().catch(report)}>
            {t('top.saveCopy')}
          </button>
          <button data-testid="encryption" title={t('crypt.buttonHint')} onClick={() => setCrypting(true)}>
            {t('crypt.button')}
          </button>
          <label className="inline">
            {t('top.coder')}
            <input
              data-testid="coder"
              value={coder}
              size={12}
              title={t('top.coderHint')}
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
          <button data-testid="close-project" onClick={() => call('project:close', {}).then(onClosed, report)}>
            {t('top.close')}
          </button>
        </div>
      </header>
      {/* Outside the header, whose text is white. */}
      {crypting && (
        <EncryptionDialog
          project={project}
          onClose={() => setCrypting(false)}
          onDone={(r) => {
            setCrypting(false)
            setCrypted(r)
          }}
        />
      )}
    </>
  )
}
