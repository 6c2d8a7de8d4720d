import { useEffect, useState } from 'react'
import { IDENTIFIER_KINDS, type IdentifierKindDto, type IdentifierVariableDto } from '../../../../shared/ipc/privacy'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useAction } from '../programme/use-action'
import '../../styles/privacy.css'

/** The questionnaire's identifier variables by name (what Esiti found at import, or the user's decision). */
export function useIdentifiers(dataset: string) {
  const r = useCall('privacy:identifiers', { dataset }, [dataset])
  const byName = new Map((r.data ?? []).map((v) => [v.variable, v]))
  return { byName, reload: r.reload }
}

/**
 * Whether a variable identifies people directly (e-mail, name, phone, tax code…), as decided at
 * import and correctable here: an identifier stays out of exports and the report's data sheets
 * unless the user asks. Who decided is shown (Esiti or a person).
 */
export function IdentifierControl({
  dataset,
  variable,
  current,
  onChanged
}: {
  dataset: string
  variable: string
  current: IdentifierVariableDto | undefined
  onChanged(): void
}) {
  const { t } = useI18n()
  const action = useAction()
  const value: IdentifierKindDto | 'none' = current?.kind ?? 'none'
  // The user's choice, until the stored decision becomes it: a reload that arrives after the user
  // picked again (the answer to the previous Save) must not put the select back.
  const [choice, setChoice] = useState<{ variable: string; kind: IdentifierKindDto | 'none' } | null>(null)
  const kind = choice && choice.variable === variable ? choice.kind : value
  useEffect(() => setChoice((c) => (c && (c.variable !== variable || c.kind === value) ? null : c)), [value, variable])
  const setKind = (k: IdentifierKindDto | 'none'): void => setChoice({ variable, kind: k })
  const save = async (): Promise<void> => {
    if (await action.run(() => call('privacy:setIdentifier', { dataset, variable, kind }))) onChanged()
  }
  return (
    <div className="sv-identifier" data-testid="sv-identifier">
      <h3 className="sv-override-title">{t('sv.identifier.title')}</h3>
      <p className="hint">{t('sv.identifier.hint')}</p>
      <div className="toolbar">
        <select value={kind} onChange={(e) => setKind(e.target.value as IdentifierKindDto | 'none')} aria-label={t('sv.identifier.title')} data-testid="sv-identifier-kind">
          <option value="none">{t('sv.identifier.none')}</option>
          {IDENTIFIER_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`privacy.idkind.${k}`)}
            </option>
          ))}
        </select>
        <button disabled={kind === value || action.busy} onClick={() => void save()} data-testid="sv-identifier-save">
          {t('common.save')}
        </button>
        {current && <span className="muted">{current.decidedBy === 'auto' ? t('sv.identifier.auto') : t('sv.identifier.by', { who: current.decidedBy })}</span>}
      </div>
      {action.error && (
        <div className="form-error" role="alert">
          {action.error}
        </div>
      )}
    </div>
  )
}
