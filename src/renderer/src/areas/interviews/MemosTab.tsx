import { useEffect, useState } from 'react'
import type { MemoDto, MemoTargetKind } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { ConfirmDialog } from './Dialogs'

type KindFilter = MemoTargetKind | 'all'
const KINDS: KindFilter[] = ['all', 'project', 'source', 'code', 'case', 'coding']

/** Memo: the project journal and every memo on sources, codes, cases and codings. */
export function MemosTab() {
  const { t, date } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const [kind, setKind] = useState<KindFilter>('all')
  const { data } = useCall('coding:memos', kind === 'all' ? {} : { targetKind: kind })
  const cases = useCall('coding:caseGrid', {}).data?.cases
  const [selected, setSelected] = useState<string | null>(null)
  const [newKind, setNewKind] = useState<MemoTargetKind>('project')
  const [newTarget, setNewTarget] = useState('')
  const memo = data?.find((m) => m.id === selected) ?? null

  const targets: { id: string; label: string }[] =
    newKind === 'source'
      ? (iv.sources ?? []).map((s) => ({ id: s.id, label: s.name }))
      : newKind === 'code'
        ? (iv.codes ?? []).map((c) => ({ id: c.id, label: c.path }))
        : newKind === 'case'
          ? (cases ?? []).map((c) => ({ id: c.id, label: c.name }))
          : []

  const create = async () => {
    try {
      const m = await call('coding:createMemo', {
        targetKind: newKind,
        targetId: newKind === 'project' ? null : newTarget,
        title: t('iv.memos.untitled', { when: date(new Date().toISOString()) }),
        body: ''
      })
      setSelected(m.id)
    } catch (e) {
      report(e)
    }
  }

  return (
    <div className="iv-memos" data-testid="memos">
      <div className="card" style={{ overflow: 'auto', padding: 0 }}>
        <div style={{ padding: 12, borderBottom: '1px solid var(--line)' }}>
          <button className="iv-small" style={{ float: 'right' }} onClick={() => void call('coding:exportMemos', {}).catch(report)} data-testid="memos-export-docx">
            {t('iv.export.word')}
          </button>
          <div className="segmented">
            {KINDS.map((k) => (
              <button key={k} className={k === kind ? 'active iv-small' : 'iv-small'} onClick={() => setKind(k)}>
                {t(`iv.memos.kind.${k}`)}
              </button>
            ))}
          </div>
          <div className="iv-row">
            <select value={newKind} onChange={(e) => { setNewKind(e.target.value as MemoTargetKind); setNewTarget('') }} data-testid="memo-new-kind">
              {(['project', 'source', 'code', 'case'] as MemoTargetKind[]).map((k) => (
                <option key={k} value={k}>
                  {t(`iv.memos.on.${k}`)}
                </option>
              ))}
            </select>
            {newKind !== 'project' && (
              <select value={newTarget} onChange={(e) => setNewTarget(e.target.value)} style={{ maxWidth: 160 }}>
                <option value="">—</option>
                {targets.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.label}
                  </option>
                ))}
              </select>
            )}
            <button className="primary iv-small" disabled={newKind !== 'project' && !newTarget} onClick={() => void create()} data-testid="memo-new">
              + {t('iv.memos.new')}
            </button>
          </div>
        </div>
        {(data ?? []).map((m) => (
          <div key={m.id} className={m.id === selected ? 'iv-memo-item active' : 'iv-memo-item'} onClick={() => setSelected(m.id)} data-testid="memo-item">
            <div className="title">{m.title}</div>
            <div className="meta">
              {t(`iv.memos.on.${m.targetKind}`)}
              {m.targetLabel ? `: ${m.targetLabel}` : ''} · {m.author ?? '—'} · {date(m.updatedAt)}
            </div>
          </div>
        ))}
        {data && data.length === 0 && <div className="iv-empty">{t('iv.memos.empty')}</div>}
      </div>
      <div className="card" style={{ overflow: 'auto' }}>
        {memo ? <MemoEditor key={memo.id} memo={memo} onDeleted={() => setSelected(null)} /> : <p className="muted">{t('iv.memos.pick')}</p>}
      </div>
    </div>
  )
}

function MemoEditor({ memo, onDeleted }: { memo: MemoDto; onDeleted(): void }) {
  const { t, date } = useI18n()
  const { report } = useErrors()
  const [title, setTitle] = useState(memo.title)
  const [body, setBody] = useState(memo.body)
  const [confirm, setConfirm] = useState(false)
  useEffect(() => {
    setTitle(memo.title)
    setBody(memo.body)
  }, [memo.title, memo.body])
  const dirty = title !== memo.title || body !== memo.body
  const save = () => call('coding:updateMemo', { memoId: memo.id, title, body }).catch(report)
  return (
    <div className="iv-memo-edit" data-testid="memo-editor">
      <input className="title" value={title} onChange={(e) => setTitle(e.target.value)} data-testid="memo-title" />
      <p className="hint">
        {t(`iv.memos.on.${memo.targetKind}`)}
        {memo.targetLabel ? `: ${memo.targetLabel}` : ''} · {t('iv.memos.author')}: {memo.author ?? '—'} · {t('iv.memos.created')}{' '}
        {date(memo.createdAt, { dateStyle: 'medium', timeStyle: 'short' })} · {t('iv.memos.updated')}{' '}
        {date(memo.updatedAt, { dateStyle: 'medium', timeStyle: 'short' })}
      </p>
      <textarea
        value={body}
        onChange={(e) => setBody(e.target.value)}
        data-testid="memo-body"
        onKeyDown={(e) => {
          if (e.key === 's' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault()
            void save()
          }
        }}
      />
      <div className="iv-row">
        <button className="primary" disabled={!dirty} onClick={() => void save()} data-testid="memo-save">
          {t('common.save')}
        </button>
        <button className="danger" onClick={() => setConfirm(true)}>
          {t('common.delete')}
        </button>
        {dirty && <span className="status-warn">{t('iv.memos.unsaved')}</span>}
      </div>
      {confirm && (
        <ConfirmDialog
          title={t('iv.memos.deleteTitle')}
          confirmLabel={t('common.delete')}
          message={<p>{t('iv.memos.deleteMessage', { title: memo.title })}</p>}
          onClose={() => setConfirm(false)}
          onConfirm={() => {
            setConfirm(false)
            call('coding:deleteMemo', { memoId: memo.id }).then(onDeleted).catch(report)
          }}
        />
      )}
    </div>
  )
}
