import { useState } from 'react'
import type { CodeDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { CODE_COLOURS } from './colour'
import { CodeLinks } from './CodeLinks'
import { TargetMemos } from './TargetMemos'
import { useInterviews } from './InterviewsContext'

type TextField = 'definition' | 'whenToUse' | 'whenNotToUse' | 'example'
const FIELDS: TextField[] = ['definition', 'whenToUse', 'whenNotToUse', 'example']

/** A code's definition: name, colour, the four codebook fields, shortcut, links, memos. */
export function CodeEditor({ code }: { code: CodeDto }) {
  const { t, number, date } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const [draft, setDraft] = useState({
    name: code.name,
    definition: code.definition ?? '',
    whenToUse: code.whenToUse ?? '',
    whenNotToUse: code.whenNotToUse ?? '',
    example: code.example ?? '',
    shortcut: code.shortcut ?? ''
  })
  const save = (patch: { name?: string; color?: string } & Partial<Record<TextField | 'shortcut', string | null>>) =>
    call('coding:updateCode', { codeId: code.id, ...patch }).catch(report)
  const commit = (field: TextField | 'name' | 'shortcut') => {
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
        {t('iv.codebook.stats', { own: number(code.codings), total: number(code.codingsTotal), sources: number(code.sources) })}
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
        <input id="code-shortcut" type="text" value={draft.shortcut} placeholder="Alt+1" onChange={(e) => setDraft({ ...draft, shortcut: e.target.value })} onBlur={() => commit('shortcut')} />
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
