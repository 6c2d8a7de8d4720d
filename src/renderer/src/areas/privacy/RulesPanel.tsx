import { useState } from 'react'
import { HIT_KINDS, type HitKindDto } from '../../../../shared/ipc/privacy'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useAction } from '../programme/use-action'

/**
 * The "always"/"never" rules: a nickname or a village to replace wherever it appears, a place or a
 * word never to touch. They apply to every later detection, in every source.
 */
export function RulesPanel({ onChanged }: { onChanged(): void }) {
  const { t } = useI18n()
  const rules = useCall('privacy:rules', {})
  const action = useAction()
  const [text, setText] = useState('')
  const [decision, setDecision] = useState<'always' | 'never'>('never')
  const [kind, setKind] = useState<HitKindDto>('name')
  const add = async (): Promise<void> => {
    const r = await action.run(() => call('privacy:setRule', { text, decision, kind }))
    if (!r) return
    setText('')
    void rules.reload()
    onChanged()
  }
  const remove = async (id: string): Promise<void> => {
    if (await action.run(() => call('privacy:removeRule', { id }))) {
      void rules.reload()
      onChanged()
    }
  }
  return (
    <div className="privacy-rules" data-testid="privacy-rules">
      <h3>{t('privacy.rules.title')}</h3>
      <p className="muted">{t('privacy.rules.hint')}</p>
      {(rules.data ?? []).length === 0 ? (
        <p className="muted">{t('privacy.rules.none')}</p>
      ) : (
        <ul className="privacy-rule-list">
          {(rules.data ?? []).map((r) => (
            <li key={r.id} data-testid="privacy-rule">
              <span className={r.decision === 'always' ? 'pill warn' : 'pill'}>{t(`privacy.rule.${r.decision}`)}</span> {r.text}{' '}
              <span className="muted">({t(`privacy.kind.${r.kind}`)})</span>{' '}
              <button className="link danger" onClick={() => void remove(r.id)} aria-label={t('privacy.rules.remove', { text: r.text })}>
                ×
              </button>
            </li>
          ))}
        </ul>
      )}
      <form
        className="privacy-rule-form"
        onSubmit={(e) => {
          e.preventDefault()
          void add()
        }}
      >
        <input value={text} onChange={(e) => setText(e.target.value)} placeholder={t('privacy.rules.placeholder')} maxLength={200} data-testid="privacy-rule-text" />
        <select value={decision} onChange={(e) => setDecision(e.target.value as 'always' | 'never')} aria-label={t('privacy.rules.decision')}>
          <option value="always">{t('privacy.rule.always')}</option>
          <option value="never">{t('privacy.rule.never')}</option>
        </select>
        <select value={kind} onChange={(e) => setKind(e.target.value as HitKindDto)} aria-label={t('privacy.col.kind')}>
          {HIT_KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`privacy.kind.${k}`)}
            </option>
          ))}
        </select>
        <button type="submit" disabled={!text.trim() || action.busy} data-testid="privacy-rule-add">
          {t('privacy.rules.add')}
        </button>
      </form>
      {action.error && (
        <div className="form-error" role="alert">
          {action.error}
        </div>
      )}
    </div>
  )
}
