import { useState } from 'react'
import type { MemoDto, MemoTargetKind } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'

/** The memos attached to one source, code, case or coding, with a quick add and inline editing. */
export function TargetMemos({ kind, id }: { kind: MemoTargetKind; id: string }) {
  const { t, date } = useI18n()
  const { report } = useErrors()
  const { data } = useCall('coding:memos', { targetKind: kind, targetId: id })
  const [draft, setDraft] = useState('')
  const [editing, setEditing] = useState<{ id: string; body: string } | null>(null)
  const add = async () => {
    if (!draft.trim()) return
    try {
      await call('coding:createMemo', { targetKind: kind, targetId: id, body: draft })
      setDraft('')
    } catch (e) {
      report(e)
    }
  }
  const save = async (m: MemoDto, body: string) => {
    try {
      await call('coding:updateMemo', { memoId: m.id, body })
      setEditing(null)
    } catch (e) {
      report(e)
    }
  }
  return (
    <div className="iv-field" data-testid={`memos-${kind}`}>
      <span>{t('iv.memos.attached')}</span>
      {(data ?? []).map((m) => (
        <div key={m.id} className="iv-memo-item">
          <div className="meta">
            {m.author ?? '—'} · {date(m.updatedAt)}
          </div>
          {editing?.id === m.id ? (
            <>
              <textarea value={editing.body} onChange={(e) => setEditing({ id: m.id, body: e.target.value })} />
              <div className="iv-row">
                <button className="iv-small primary" onClick={() => void save(m, editing.body)}>
                  {t('common.save')}
                </button>
                <button className="iv-small" onClick={() => setEditing(null)}>
                  {t('common.cancel')}
                </button>
              </div>
            </>
          ) : (
            <div style={{ whiteSpace: 'pre-wrap' }} onDoubleClick={() => setEditing({ id: m.id, body: m.body })}>
              {m.body || m.title}
              <div className="iv-row">
                <button className="link iv-small" onClick={() => setEditing({ id: m.id, body: m.body })}>
                  {t('common.edit')}
                </button>
                <button className="link danger iv-small" onClick={() => call('coding:deleteMemo', { memoId: m.id }).catch(report)}>
                  {t('common.delete')}
                </button>
              </div>
            </div>
          )}
        </div>
      ))}
      <textarea
        value={draft}
        placeholder={t('iv.memos.placeholder')}
        data-testid="memo-draft"
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) void add()
        }}
      />
      <div>
        <button className="iv-small" disabled={!draft.trim()} onClick={() => void add()}>
          {t('iv.memos.add')}
        </button>
      </div>
    </div>
  )
}
