import { useState } from 'react'
import type { CodeDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { CodeTree } from './CodeTree'
import { CodeEditor } from './CodeEditor'
import { ConfirmDialog } from './Dialogs'
import { MergeDialog } from './MergeDialog'
import { NewCodeDialog } from './NewCodeDialog'
import { subtree } from './code-tree-view'
import { nOf } from '../../i18n/count'

/** Codebook: the tree (drag to reparent, rename in place) and the selected code's definition. */
export function CodebookTab() {
  const { t } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const [filter, setFilter] = useState('')
  const [dialog, setDialog] = useState<'new' | 'merge' | 'delete' | null>(null)
  const codes = iv.codes ?? []
  const code = iv.codeId ? iv.codeById.get(iv.codeId) : undefined
  const exportCodebook = () => call('coding:exportCodebook', {}).catch(report)
  const removing = code ? deletionImpact(codes, code) : null
  return (
    <div className="iv-codebook" data-testid="codebook">
      <div className="card">
        <div className="toolbar">
          <button className="primary iv-small" data-testid="codebook-new" onClick={() => setDialog('new')}>
            + {t('iv.codes.new')}
          </button>
          <button className="iv-small" disabled={!code} onClick={() => setDialog('merge')} data-testid="codebook-merge">
            {t('iv.codebook.merge')}
          </button>
          <button className="iv-small danger" disabled={!code} onClick={() => setDialog('delete')} data-testid="codebook-delete">
            {t('common.delete')}
          </button>
          <span style={{ flex: 1 }} />
          <button className="iv-small" onClick={() => void exportCodebook()} data-testid="codebook-export-xlsx">
            {t('iv.export.excel')}
          </button>
          <button className="iv-small" onClick={() => void call('coding:exportCodebook', { format: 'docx' }).catch(report)} data-testid="codebook-export-docx">
            {t('iv.export.word')}
          </button>
          <button className="iv-small" onClick={() => void call('team:qdcExport', {}).catch(report)} data-testid="codebook-export-qdc">
            {t('iv.export.qdc')}
          </button>
        </div>
        <input className="iv-filter" style={{ margin: '0 0 8px', width: '100%' }} placeholder={t('iv.codes.filter')} value={filter} onChange={(e) => setFilter(e.target.value)} />
        <div className="hint" style={{ marginBottom: 6 }}>
          {t('iv.codebook.dragHint', { count: codes.length })}
        </div>
        <CodeTree codes={codes} filter={filter} selectedId={iv.codeId} onSelect={iv.setCodeId} editable testId="codebook-tree" />
      </div>
      <div className="card">{code ? <CodeEditor key={code.id} code={code} /> : <p className="muted">{t('iv.codebook.pick')}</p>}</div>
      {dialog === 'new' && <NewCodeDialog parentId={iv.newCodeParent()} onClose={() => setDialog(null)} />}
      {dialog === 'merge' && code && <MergeDialog code={code} onClose={() => setDialog(null)} />}
      {dialog === 'delete' && code && removing && (
        <ConfirmDialog
          title={t('iv.codebook.deleteTitle')}
          confirmLabel={t('common.delete')}
          message={
            <>
              <p>{t('iv.codebook.deleteMessage', { name: code.path, sub: nOf('subcodes', removing.sub), codings: nOf('codings', removing.codings) })}</p>
              <p className="hint">{t('iv.undoHint')}</p>
            </>
          }
          onClose={() => setDialog(null)}
          onConfirm={() => {
            setDialog(null)
            call('coding:deleteCode', { codeId: code.id })
              .then(() => iv.setCodeId(code.parentId))
              .catch(report)
          }}
        />
      )}
    </div>
  )
}

function deletionImpact(codes: CodeDto[], code: CodeDto): { sub: number; codings: number } {
  const ids = subtree(codes, code.id)
  return { sub: ids.size - 1, codings: code.codingsTotal }
}
