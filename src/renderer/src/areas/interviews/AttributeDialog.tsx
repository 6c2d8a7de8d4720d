import { useState } from 'react'
import type { AttributeType } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { Modal } from '../../components/Modal'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'

const TYPES: AttributeType[] = ['category', 'text', 'number', 'date', 'boolean']

/** A new case attribute: name, type and, for categories, the allowed values. */
export function AttributeDialog({ onClose }: { onClose(): void }) {
  const { t } = useI18n()
  const { report } = useErrors()
  const [name, setName] = useState('')
  const [type, setType] = useState<AttributeType>('category')
  const [choices, setChoices] = useState('')
  const list = choices
    .split(/[\n;]/)
    .map((c) => c.trim())
    .filter(Boolean)
  const submit = () =>
    call('coding:createAttribute', { name, type, choices: type === 'category' ? list : null })
      .then(onClose)
      .catch(report)
  return (
    <Modal title={t('iv.cases.addAttribute')} onClose={onClose}>
      <div className="form-grid">
        <label>{t('common.name')}</label>
        <input autoFocus value={name} onChange={(e) => setName(e.target.value)} data-testid="attr-name" />
        <label>{t('iv.attr.type')}</label>
        <select value={type} onChange={(e) => setType(e.target.value as AttributeType)} data-testid="attr-type">
          {TYPES.map((k) => (
            <option key={k} value={k}>
              {t(`iv.attr.type.${k}`)}
            </option>
          ))}
        </select>
        {type === 'category' && (
          <>
            <label>{t('iv.attr.choices')}</label>
            <textarea value={choices} placeholder={t('iv.attr.choicesHint')} onChange={(e) => setChoices(e.target.value)} />
          </>
        )}
      </div>
      <div className="iv-row" style={{ justifyContent: 'flex-end', marginTop: 12 }}>
        <button onClick={onClose}>{t('common.cancel')}</button>
        <button className="primary" disabled={!name.trim()} onClick={() => void submit()}>
          {t('common.add')}
        </button>
      </div>
    </Modal>
  )
}
