import { useState } from 'react'
import type { JointDisplayDto } from '../../../../../shared/ipc/indicators'
import { ApiError, call } from '../../../lib/api'
import { useI18n } from '../../../i18n/I18n'

interface Candidate {
  id: string
  text: string
  where: string
  code: string
}

const clip = (s: string, n = 220): string => (s.length > n ? s.slice(0, n) + '…' : s)

/** Picks the illustrative quotes among the codings of the chosen codes (retrieved by the coding workspace). */
export function QuotePicker({
  codeIds,
  current,
  value,
  onChange
}: {
  codeIds: string[]
  current: JointDisplayDto['quotes']
  value: string[]
  onChange(v: string[]): void
}) {
  const i18n = useI18n()
  const { t } = i18n
  const [found, setFound] = useState<Candidate[] | null>(null)
  const [error, setError] = useState<string | null>(null)
  const [busy, setBusy] = useState(false)
  const known: Candidate[] = current.map((q) => ({ id: q.id, text: q.text, where: q.caseName ?? q.source, code: q.code }))
  const list = [...known, ...(found ?? []).filter((f) => !known.some((k) => k.id === f.id))]

  const search = async () => {
    setBusy(true)
    setError(null)
    try {
      const query = codeIds.length === 1 ? { code: codeIds[0] } : { or: codeIds.map((code) => ({ code })) }
      const page = await call('coding:segments', { query, context: 'none', limit: 300 })
      setFound(page.segments.map((s) => ({ id: s.id, text: s.text, where: s.cases[0]?.name ?? s.sourceName, code: s.codeName })))
    } catch (e) {
      setError(e instanceof ApiError ? i18n.error(e.info) : String((e as Error)?.message ?? e))
    } finally {
      setBusy(false)
    }
  }

  const toggle = (id: string) => onChange(value.includes(id) ? value.filter((x) => x !== id) : [...value, id])
  return (
    <div className="quote-picker" data-testid="quote-picker">
      <button type="button" onClick={() => void search()} disabled={busy || codeIds.length === 0}>
        {busy ? t('common.loading') : t('ind.joint.findQuotes')}
      </button>
      {codeIds.length === 0 && <div className="hint">{t('ind.joint.chooseCodesFirst')}</div>}
      {error && <div className="form-error">{error}</div>}
      {found && found.length === 0 && <div className="hint">{t('ind.joint.noCodings')}</div>}
      {list.length > 0 && (
        <ul className="quote-options">
          {list.map((q) => (
            <li key={q.id}>
              <label className="check quote-option">
                <input type="checkbox" checked={value.includes(q.id)} onChange={() => toggle(q.id)} />
                <span>
                  «{clip(q.text)}» <span className="muted">— {q.where} · {q.code}</span>
                </span>
              </label>
            </li>
          ))}
        </ul>
      )}
      <div className="hint">{t('ind.joint.quotesChosen', { n: value.length })}</div>
    </div>
  )
}
