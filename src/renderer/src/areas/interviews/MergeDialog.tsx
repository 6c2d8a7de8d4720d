import { useState } from 'react'
import type { CodeDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { Modal } from '../../components/Modal'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { rankByQuery } from './fuzzy'

/** Merge the selected code into another one, picked with the same fuzzy search as the palette. */
export function MergeDialog({ code, onClose }: { code: CodeDto; onClose(): void }) {
  const { t, number } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const [query, setQuery] = useState('')
  const [target, setTarget] = useState<string | null>(null)
  const candidates = (iv.codes ?? []).filter((c) => c.id !== code.id)
  const ranked = rankByQuery(candidates, query, (c) => c.path, () => -1).slice(0, 40)
  const into = target ? iv.codeById.get(target) : undefined
  return (
    <Modal title={t('iv.merge.title', { name: code.name })} onClose={onClose}>
      <p className="hint">{t('iv.merge.explain', { count: code.codings })}</p>
      <input autoFocus value={query} placeholder={t('iv.palette.placeholder')} onChange={(e) => setQuery(e.target.value)} style={{ width: '100%' }} data-testid="merge-search" />
      <div style={{ maxHeight: 260, overflow: 'auto', margin: '8px 0', border: '1px solid var(--line)', borderRadius: 6 }}>
        {ranked.map(({ item }) => (
          <div
            key={item.id}
            className={item.id === target ? 'iv-node active' : 'iv-node'}
            data-testid="merge-option"
            onClick={() => setTarget(item.id)}
          >
            <span className="swatch" style={{ background: item.color }} />
            <span className="name">{item.path}</span>
            <span className="iv-count">{number(item.codings)}</span>
          </div>
        ))}
      </div>
      {into && <p>{t('iv.merge.confirm', { from: code.path, into: into.path })}</p>}
      <div className="iv-row" style={{ justifyContent: 'flex-end' }}>
        <button onClick={onClose}>{t('common.cancel')}</button>
        <button
          className="primary"
          disabled={!into}
          data-testid="merge-ok"
          onClick={() =>
            into &&
            call('coding:mergeCodes', { fromId: code.id, intoId: into.id })
              .then(() => {
                iv.setCodeId(into.id)
                onClose()
              })
              .catch(report)
          }
        >
          {t('iv.codebook.merge')}
        </button>
      </div>
    </Modal>
  )
}
