import { useState } from 'react'
import type { JointDisplayDto } from '../../../../../shared/ipc/indicators'
import { useErrors } from '../../../components/ErrorSurface'
import { call } from '../../../lib/api'
import { useCall } from '../../../lib/use-call'
import { useI18n } from '../../../i18n/I18n'
import { ConfirmDialog } from '../ConfirmDialog'
import { JointBuilder } from './JointBuilder'
import { JointDisplayCard } from './JointDisplayCard'

/** Mixed methods: each joint display puts a figure beside what the interviews say about it. */
export function JointDisplaysTab() {
  const { t, locale } = useI18n()
  const { report } = useErrors()
  const list = useCall('joint:list', { locale })
  const [editing, setEditing] = useState<JointDisplayDto | 'new' | null>(null)
  const [deleting, setDeleting] = useState<JointDisplayDto | null>(null)
  const options = useCall('indicators:options', editing ? {} : null, [editing !== null])
  const defs = useCall('indicators:list', editing ? {} : null, [editing !== null])
  const remove = async () => {
    const d = deleting
    setDeleting(null)
    if (!d) return
    try {
      await call('joint:delete', { ids: [d.id] })
      void list.reload()
    } catch (e) {
      report(e)
    }
  }
  return (
    <div data-testid="joint-tab">
      <div className="toolbar">
        <button className="primary" onClick={() => setEditing('new')} data-testid="joint-new">
          {t('ind.joint.new')}
        </button>
        <span className="hint">{t('ind.joint.intro')}</span>
      </div>
      {!list.data && <p className="muted">{t('common.loading')}</p>}
      {list.data && list.data.length === 0 && (
        <div className="card empty">
          <p>{t('ind.joint.empty')}</p>
        </div>
      )}
      <div className="joint-list">
        {list.data?.map((d) => <JointDisplayCard key={d.id} d={d} onEdit={() => setEditing(d)} onDelete={() => setDeleting(d)} />)}
      </div>
      {editing && options.data && defs.data && (
        <JointBuilder
          options={options.data}
          defs={defs.data}
          joint={editing === 'new' ? null : editing}
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null)
            void list.reload()
          }}
        />
      )}
      {deleting && (
        <ConfirmDialog
          title={t('ind.confirm.deleteTitle')}
          message={t('ind.confirm.deleteJoint', { title: deleting.title })}
          onClose={() => setDeleting(null)}
          onConfirm={() => void remove()}
        />
      )}
    </div>
  )
}
