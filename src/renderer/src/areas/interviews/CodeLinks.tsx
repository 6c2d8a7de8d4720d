import { useMemo, useState } from 'react'
import type { CodeDto, LinkKind } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'
import { useI18n } from '../../i18n/I18n'

const KINDS: LinkKind[] = ['sdg_goal', 'sdg_target', 'action', 'indicator']

/** Links from a code to SDG goals and targets, programme actions and indicators. */
export function CodeLinks({ code }: { code: CodeDto }) {
  const { t } = useI18n()
  const { report } = useErrors()
  const targets = useCall('coding:linkTargets', {}).data
  const [kind, setKind] = useState<LinkKind>('sdg_goal')
  const [target, setTarget] = useState('')
  const options = useMemo(() => {
    if (!targets) return []
    if (kind === 'sdg_goal') return targets.sdgGoals
    if (kind === 'sdg_target') return targets.sdgTargets
    if (kind === 'action') return targets.actions
    return targets.indicators
  }, [kind, targets])
  const taken = new Set(code.links.map((l) => l.targetId))
  return (
    <div data-testid="code-links">
      <div className="iv-links">
        {code.links.length === 0 && <span className="muted">{t('iv.links.none')}</span>}
        {code.links.map((l) => (
          <span key={l.id} className="iv-link" title={t(`iv.links.kind.${l.kind}`)}>
            {l.label}
            <button aria-label={t('common.delete')} onClick={() => call('coding:removeCodeLink', { linkId: l.id }).catch(report)}>
              ×
            </button>
          </span>
        ))}
      </div>
      <div className="iv-row" style={{ marginTop: 8 }}>
        <select value={kind} data-testid="link-kind" onChange={(e) => { setKind(e.target.value as LinkKind); setTarget('') }}>
          {KINDS.map((k) => (
            <option key={k} value={k}>
              {t(`iv.links.kind.${k}`)}
            </option>
          ))}
        </select>
        <select value={target} onChange={(e) => setTarget(e.target.value)} style={{ maxWidth: 280 }} data-testid="link-target">
          <option value="">—</option>
          {options
            .filter((o) => !taken.has(o.id))
            .map((o) => (
              <option key={o.id} value={o.id}>
                {o.label.length > 70 ? o.label.slice(0, 67) + '…' : o.label}
              </option>
            ))}
        </select>
        <button
          className="iv-small"
          data-testid="link-add"
          disabled={!target}
          onClick={() =>
            call('coding:addCodeLink', { codeId: code.id, kind, targetId: target })
              .then(() => setTarget(''))
              .catch(report)
          }
        >
          {t('common.add')}
        </button>
      </div>
    </div>
  )
}
