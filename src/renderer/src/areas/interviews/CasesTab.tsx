import { useState } from 'react'
import type { AttributeDto, AttributeType, CaseDto, CaseImportResultDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'
import { useJob } from '../../components/JobProgress'
import { Modal } from '../../components/Modal'
import { useI18n } from '../../i18n/I18n'
import { parseAttributeValue } from '../../../../shared/attribute-values'
import { useInterviews } from './InterviewsContext'
import { ConfirmDialog, PromptDialog } from './Dialogs'
import { AttributeDialog } from './AttributeDialog'
import { nOf } from '../../i18n/count'

/** Casi e attributi: a grid of cases × attributes with typed cells, and the source → case links. */
export function CasesTab() {
  const i18n = useI18n()
  const { t, number } = i18n
  const { report } = useErrors()
  const job = useJob()
  const iv = useInterviews()
  const { data } = useCall('coding:caseGrid', {})
  const [dialog, setDialog] = useState<'case' | 'attribute' | null>(null)
  const [removing, setRemoving] = useState<CaseDto | null>(null)
  const [imported, setImported] = useState<CaseImportResultDto | null>(null)
  const setValue = (caseId: string, attributeId: string, value: string | null) =>
    call('coding:setCaseValues', { edits: [{ caseId, attributeId, value }] }).catch(report)
  const doImport = async () => {
    const r = await job.run(t('iv.cases.importing'), () => call('coding:importCaseAttributes', {}))
    if (r) setImported(r)
  }
  if (!data) return <p className="muted iv-page">{t('common.loading')}</p>
  return (
    <div className="iv-page iv-cases" data-testid="cases-grid">
      <div className="toolbar">
        <button className="primary iv-small" onClick={() => setDialog('case')} data-testid="add-case">
          + {t('iv.cases.add')}
        </button>
        <button className="iv-small" onClick={() => setDialog('attribute')} data-testid="add-attribute">
          + {t('iv.cases.addAttribute')}
        </button>
        <button className="iv-small" onClick={() => void doImport()} data-testid="import-attributes">
          {t('iv.cases.import')}
        </button>
        <span className="hint">{t('iv.cases.hint', { cases: nOf('cases', data.cases.length), attributes: nOf('attributes', data.attributes.length) })}</span>
      </div>
      <div className="grid-wrap">
        <table className="grid">
          <thead>
            <tr>
              <th>{t('common.name')}</th>
              <th>{t('iv.cases.kind')}</th>
              <th className="num">{t('iv.cases.sources')}</th>
              <th className="num">{t('iv.cases.codings')}</th>
              {data.attributes.map((a) => (
                <th key={a.id} title={t(`iv.attr.type.${a.type}`)}>
                  {a.name} <span className="muted">{t(`iv.attr.type.${a.type}`)}</span>
                </th>
              ))}
              <th />
            </tr>
          </thead>
          <tbody>
            {data.cases.map((c) => (
              <tr key={c.id} data-testid="case-row" data-case={c.id}>
                <td>
                  <TextCell value={c.name} onCommit={(v) => v && call('coding:updateCase', { caseId: c.id, name: v }).catch(report)} />
                </td>
                <td>
                  <KindCell value={c.kind} onCommit={(v) => call('coding:updateCase', { caseId: c.id, kind: v }).catch(report)} />
                </td>
                <td className="num">{number(c.sources)}</td>
                <td className="num">{number(c.codings)}</td>
                {data.attributes.map((a) => (
                  <td key={a.id} data-attr={a.id}>
                    <ValueCell attribute={a} value={c.values[a.id] ?? null} onCommit={(v) => void setValue(c.id, a.id, v)} />
                  </td>
                ))}
                <td>
                  <button className="link danger" onClick={() => setRemoving(c)} aria-label={t('common.delete')}>
                    ×
                  </button>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
        {data.cases.length === 0 && <p className="muted">{t('iv.cases.empty')}</p>}
      </div>

      <h2>{t('iv.cases.linkTitle')}</h2>
      <table className="grid" style={{ maxWidth: 760 }} data-testid="source-cases">
        <thead>
          <tr>
            <th>{t('iv.sources.title')}</th>
            <th>{t('iv.case')}</th>
          </tr>
        </thead>
        <tbody>
          {(iv.sources ?? []).map((s) => (
            <tr key={s.id}>
              <td>{s.name}</td>
              <td>
                <select value={s.caseId ?? ''} onChange={(e) => call('coding:setSourceCase', { sourceId: s.id, caseId: e.target.value || null }).catch(report)}>
                  <option value="">{t('iv.source.noCase')}</option>
                  {data.cases.map((c) => (
                    <option key={c.id} value={c.id}>
                      {c.name}
                    </option>
                  ))}
                </select>
              </td>
            </tr>
          ))}
        </tbody>
      </table>

      {dialog === 'case' && (
        <PromptDialog
          title={t('iv.cases.add')}
          label={t('common.name')}
          onClose={() => setDialog(null)}
          onSubmit={(name) =>
            call('coding:createCase', { name })
              .then(() => setDialog(null))
              .catch(report)
          }
        />
      )}
      {dialog === 'attribute' && <AttributeDialog onClose={() => setDialog(null)} />}
      {removing && (
        <ConfirmDialog
          title={t('iv.cases.deleteTitle')}
          confirmLabel={t('common.delete')}
          message={
            <>
              <p>{t('iv.cases.deleteMessage', { name: removing.name, sources: nOf('transcripts', removing.sources) })}</p>
              <p className="hint">{t('iv.undoHint')}</p>
            </>
          }
          onClose={() => setRemoving(null)}
          onConfirm={() => {
            const id = removing.id
            setRemoving(null)
            call('coding:deleteCase', { caseId: id }).catch(report)
          }}
        />
      )}
      {imported && (
        <Modal title={t('iv.cases.importDone')} onClose={() => setImported(null)}>
          <p data-testid="case-import-summary">
            {t('iv.cases.importSummary', {
              created: imported.casesCreated,
              updated: imported.casesUpdated,
              values: imported.values
            })}
          </p>
          {imported.attributesCreated.length > 0 && <p>{t('iv.cases.importAttributes', { list: imported.attributesCreated.join(', ') })}</p>}
          {imported.warnings.map((w, i) => (
            <p key={i} className="status-warn">
              {i18n.msg(w)}
            </p>
          ))}
        </Modal>
      )}
    </div>
  )
}

function TextCell({ value, onCommit, type = 'text' }: { value: string; onCommit(v: string | null): void; type?: string }) {
  const [draft, setDraft] = useState(value)
  const [focused, setFocused] = useState(false)
  const shown = focused ? draft : value
  return (
    <input
      type={type}
      value={shown}
      onFocus={() => {
        setDraft(value)
        setFocused(true)
      }}
      onChange={(e) => setDraft(e.target.value)}
      onBlur={() => {
        setFocused(false)
        if (draft !== value) onCommit(draft.trim() === '' ? null : draft)
      }}
      onKeyDown={(e) => {
        if (e.key === 'Enter') (e.target as HTMLInputElement).blur()
        if (e.key === 'Escape') {
          setDraft(value)
          setFocused(false)
        }
      }}
    />
  )
}

function ValueCell({ attribute, value, onCommit }: { attribute: AttributeDto; value: string | null; onCommit(v: string | null): void }) {
  const { t } = useI18n()
  const type: AttributeType = attribute.type
  if (type === 'category' || type === 'boolean') {
    const choices = type === 'boolean' ? ['true', 'false'] : (attribute.choices ?? [])
    return (
      <select value={value ?? ''} data-testid="attr-cell" onChange={(e) => onCommit(e.target.value || null)}>
        <option value="">—</option>
        {value && !choices.includes(value) && <option value={value}>{value}</option>}
        {choices.map((c) => (
          <option key={c} value={c}>
            {type === 'boolean' ? t(`iv.attr.${c}`) : c}
          </option>
        ))}
      </select>
    )
  }
  if (type === 'number' || type === 'date') return <CheckedCell attribute={attribute} value={value} onCommit={onCommit} />
  return <TextCell value={value ?? ''} onCommit={onCommit} />
}

/**
 * A number or date value, typed as text and checked as main checks it: "trentotto" in a number field
 * is kept as typed and refused with the reason (never silently turned into something else, as a
 * browser number field does); a date may be typed 14/03/2023 or 2023-03-14.
 */
function CheckedCell({ attribute, value, onCommit }: { attribute: AttributeDto; value: string | null; onCommit(v: string | null): void }) {
  const i18n = useI18n()
  const [draft, setDraft] = useState<string | null>(null)
  const shown = draft ?? (value === null ? '' : attribute.type === 'number' ? i18n.number(Number(value), { maximumFractionDigits: 10, useGrouping: false }) : value)
  const parsed = draft === null ? null : parseAttributeValue(attribute, draft)
  const problem = parsed && !parsed.ok ? i18n.msg({ key: parsed.key, params: parsed.params }) : null
  const commit = () => {
    if (draft === null) return
    if (parsed && parsed.ok) {
      setDraft(null)
      if (parsed.value !== value) onCommit(parsed.value)
    }
  }
  return (
    <span className="iv-checked-cell">
      <input
        type="text"
        inputMode={attribute.type === 'number' ? 'decimal' : 'text'}
        placeholder={attribute.type === 'date' ? i18n.t('iv.cases.datePlaceholder') : undefined}
        value={shown}
        aria-invalid={!!problem}
        title={problem ?? undefined}
        data-testid="attr-cell"
        className={problem ? 'invalid' : undefined}
        onChange={(e) => setDraft(e.target.value)}
        onBlur={commit}
        onKeyDown={(e) => {
          if (e.key === 'Enter') commit()
          if (e.key === 'Escape') setDraft(null)
        }}
      />
      {problem && (
        <span className="status-error iv-cell-problem" role="alert" data-testid="attr-cell-problem">
          {problem}
        </span>
      )}
    </span>
  )
}

const KNOWN_KINDS = ['person', 'organisation']

/** The case kind: the two kinds Esiti knows are translated; a kind of the user's own stays as typed. */
function KindCell({ value, onCommit }: { value: string; onCommit(v: string): void }) {
  const { t } = useI18n()
  const kinds = KNOWN_KINDS.includes(value) ? KNOWN_KINDS : [...KNOWN_KINDS, value]
  return (
    <select value={value} data-testid="case-kind" onChange={(e) => onCommit(e.target.value)} aria-label={t('iv.cases.kind')}>
      {kinds.map((k) => (
        <option key={k} value={k}>
          {KNOWN_KINDS.includes(k) ? t(`iv.cases.kind.${k}`) : k}
        </option>
      ))}
    </select>
  )
}
