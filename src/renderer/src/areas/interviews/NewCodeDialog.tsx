import { useState } from 'react'
import { call } from '../../lib/api'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'
import { PromptDialog } from './Dialogs'
import { CodeSelect } from './PickSelects'

/** New code: a name and where it goes in the tree (by default under the selected code). */
export function NewCodeDialog({ parentId, onClose }: { parentId: string | null; onClose(): void }) {
  const { t } = useI18n()
  const { report } = useErrors()
  const iv = useInterviews()
  const [parent, setParent] = useState<string>(parentId ?? '')
  return (
    <PromptDialog
      title={t('iv.codes.newTitle')}
      label={t('common.name')}
      onClose={onClose}
      onSubmit={async (name) => {
        try {
          const c = await call('coding:createCode', { name, parentId: parent || null })
          iv.noteCreated(c.id)
          onClose()
        } catch (e) {
          report(e)
        }
      }}
    >
      <label className="iv-field">
        <span>{t('iv.codes.parent')}</span>
        <CodeSelect value={parent} onChange={setParent} empty={t('iv.codes.topLevel')} testId="new-code-parent" />
      </label>
    </PromptDialog>
  )
}
