import { useState } from 'react'
import { parseShortcut, shortcutOfEvent } from '../../../../shared/shortcuts'
import type { CodeDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { CODE_COLOURS } from './colour'
import { CodeLinks } from './CodeLinks'
import { TargetMemos } from './TargetMemos'
import { useInterviews } from './InterviewsContext'
import { nOf } from '../../i18n/count'

type TextField = 'definition' | 'whenToUse' | 'whenNotToUse' | 'example'
const FIELDS: TextField[] = ['definition', 'whenToUse', 'whenNotToUse', 'example']

/** A code's definition: name, colour, the four codebook fields, shortcut, links, memos. */
export function CodeEditor({ code }: { code: CodeDto }) {
  const { t, date } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const [draft, setDraft] = useState({
    name: code.name,
    definition: code.definition ?? '',
    whenToUse: code.whenToUse ?? '',
    whenNotToUse: code.whenNotToUse ?? '',
    example: code.example ?? ''
  })
  const save = (patch: { name?: string; color?: string } & Partial<Record<TextField, string | null>>) =>
    call('coding:updateCode', { codeId: code.id, ...patch }).catch(report)
  const commit = (field: TextField | 'name') => {
    const before = field === 'name' ? code.name : (code[field] ?? '')
    const value = draft[field]
    if (value === before) return
    if (field === 'name' && !value.trim()) return setDraft({ ...draft, name: code.name })
    void save(field === 'name' ? { name: value } : { [field]: value || null })
  }
  return (
    <div className="iv-code-form" data-testid="code-editor">
      <div className="iv-row" style={{ marginBottom: 10 }}>
        <span className="swatch" style={{ width: 18, height: 18, borderRadius: 4, background: code.color, display: 'inline-block' }} />
        <h2 style={{ margin: 0 }}>{code.path}</h2>
      </div>
      <p className="muted">
        {t('iv.codebook.stats', { own: nOf('codings', code.codings), total: code.codingsTotal, sources: nOf('transcripts', code.sources) })}
        {code.createdBy ? ` · ${t('iv.codebook.createdBy', { who: code.createdBy, when: date(code.createdAt) })}` : ''}
      </p>
      <div className="form-grid">
        <label htmlFor="code-name">{t('common.name')}</label>
        <input id="code-name" type="text" value={draft.name} data-testid="code-name" onChange={(e) => setDraft({ ...draft, name: e.target.value })} onBlur={() => commit('name')} />
        <span>{t('iv.codebook.colour')}</span>
        <div className="iv-row">
          <div className="iv-palette-swatches" data-testid="code-colours">
            {CODE_COLOURS.map((c) => (
              <button
                key={c}
                className={c === code.color ? 'active' : undefined}
                style={{ background: c }}
                aria-label={c}
                title={c}
                onClick={() => void save({ color: c })}
              />
            ))}
          </div>
          <input type="color" value={code.color} onChange={(e) => void save({ color: e.target.value })} aria-label={t('iv.codebook.colour')} />
        </div>
        {FIELDS.map((f) => (
          <FieldRow key={f} label={t(`iv.codebook.${f}`)} value={draft[f]} onChange={(v) => setDraft({ ...draft, [f]: v })} onBlur={() => commit(f)} />
        ))}
        <label htmlFor="code-shortcut">{t('iv.codebook.shortcut')}</label>
        <ShortcutField code={code} />
        <span>{t('iv.codebook.parent')}</span>
        <select
          value={code.parentId ?? ''}
          onChange={(e) => call('coding:moveCode', { codeId: code.id, parentId: e.target.value || null }).catch(report)}
        >
          <option value="">{t('iv.codes.topLevel')}</option>
          {(iv.codes ?? [])
            .filter((c) => c.id !== code.id && !c.path.startsWith(code.path + ' > '))
            .map((c) => (
              <option key={c.id} value={c.id}>
                {c.path}
              </option>
            ))}
        </select>
      </div>
      <h3 style={{ marginTop: 16 }}>{t('iv.links.title')}</h3>
      <CodeLinks code={code} />
      <TargetMemos kind="code" id={code.id} />
    </div>
  )
}

function FieldRow({ label, value, onChange, onBlur }: { label: string; value: string; onChange(v: string): void; onBlur(): void }) {
  return (
    <>
      <label>{label}</label>
      <textarea value={value} onChange={(e) => onChange(e.target.value)} onBlur={onBlur} />
    </>
  )
}

/**
 * The code's shortcut, recorded by pressing it (Alt+2, Ctrl+Shift+K, F3): checked as the services
 * check it, with the reason in the user's language when it cannot be one; Backspace clears it.
 */
function ShortcutField({ code }: { code: CodeDto }) {
  const i18n = useI18n()
  const { t } = i18n
  const { report } = useErrors()
  const [problem, setProblem] = useState<string | null>(null)
  const stored = code.shortcut ? parseShortcut(code.shortcut) : null
  const save = (value: string | null) => {
    setProblem(null)
    call('coding:updateCode', { codeId: code.id, shortcut: value }).catch(report)
  }
  return (
    <div>
      <div className="iv-row">
        <input
          id="code-shortcut"
          type="text"
          readOnly
          value={code.shortcut ?? ''}
          placeholder={t('iv.codebook.shortcutPress')}
          data-testid="code-shortcut-input"
          aria-describedby="code-shortcut-help"
          onKeyDown={(e) => {
            if (e.key === 'Tab') return
            e.preventDefault()
            if ((e.key === 'Backspace' || e.key === 'Delete') && !e.ctrlKey && !e.altKey && !e.metaKey) return save(null)
            if (['Control', 'Alt', 'Shift', 'Meta', 'AltGraph'].includes(e.key)) return
            const combo = shortcutOfEvent(e.nativeEvent)
            if (!combo) return setProblem(i18n.msg({ key: 'coding.shortcut.key', params: { value: e.key } }))
            const parsed = parseShortcut(combo)
            if (!parsed.ok) return setProblem(i18n.msg({ key: `coding.shortcut.${parsed.problem}`, params: { value: combo } }))
            if (parsed.text !== code.shortcut) save(parsed.text)
          }}
        />
        {code.shortcut && (
          <button className="iv-small" onClick={() => save(null)} data-testid="code-shortcut-clear">
            {t('iv.codebook.shortcutClear')}
          </button>
        )}
      </div>
      <div id="code-shortcut-help" className={problem || (stored && !stored.ok) ? 'status-warn' : 'hint'} data-testid="code-shortcut-help">
        {problem ?? (stored && !stored.ok ? i18n.msg({ key: `coding.shortcut.${stored.problem}`, params: { value: code.shortcut } }) : t('iv.codebook.shortcutHelp'))}
      </div>
    </div>
  )
}
