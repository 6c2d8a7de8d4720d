import { useCallback, useEffect, useState } from 'react'
import type { ConflictResolution, TeamConflictDto } from '../../../../../shared/ipc/team-server'
import { useErrors } from '../../../components/ErrorSurface'
import { useI18n } from '../../../i18n/I18n'
import { call } from '../../../lib/api'

/**
 * Conflicts a sync found. Those that need a person come first with what may be decided (the
 * resolution is an operation that syncs to everyone); those decided by rule (a field two members
 * edited: the later wins, the other value stays in the history) are listed for the record.
 */
export function ConflictList({ onResolved }: { onResolved(): void }) {
  const i18n = useI18n()
  const { t } = i18n
  const { report } = useErrors()
  const [all, setAll] = useState(false)
  const [list, setList] = useState<TeamConflictDto[] | null>(null)
  const load = useCallback(() => call('teamServer:conflicts', { all }).then(setList, report), [all, report])
  useEffect(() => void load(), [load])
  const resolve = async (id: string, action: ConflictResolution) => {
    try {
      await call('teamServer:resolve', { id, action })
      await load()
      onResolved()
    } catch (e) {
      report(e)
    }
  }
  const review = (list ?? []).filter((c) => c.review)
  const record = (list ?? []).filter((c) => !c.review)
  return (
    <section data-testid="team-conflicts">
      <h3>{t('teamServer.conflicts', { count: review.filter((c) => !c.resolvedAt).length })}</h3>
      <label className="inline small">
        <input type="checkbox" checked={all} onChange={(e) => setAll(e.target.checked)} />
        {t('teamServer.showResolved')}
      </label>
      {list && list.length === 0 && <p className="hint">{t('teamServer.noConflicts')}</p>}
      <ul className="conflicts">
        {[...review, ...record].map((c) => (
          <li key={c.id} className={c.review && !c.resolvedAt ? 'conflict review' : 'conflict'} data-testid="conflict">
            <div>{i18n.msg(c.message)}</div>
            {c.setAside > 0 && <div className="muted">{t('teamServer.setAside', { count: c.setAside })}</div>}
            {c.resolvedAt ? (
              <div className="muted">{t('teamServer.resolved', { by: c.resolvedBy ?? '?', action: t(`teamServer.action.${c.resolution ?? 'keep'}`) })}</div>
            ) : (
              <div className="toolbar">
                {c.actions.map((a) => (
                  <button key={a} className="small" onClick={() => void resolve(c.id, a)} data-testid={`conflict-${a}`}>
                    {t(`teamServer.action.${a}`)}
                  </button>
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  )
}
