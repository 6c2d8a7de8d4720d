import type { MergeCountsDto, MergeReportDto } from '../../../../../shared/ipc/team'
import { useI18n } from '../../../i18n/I18n'
import { explain } from '../format'

const ENTITIES: (keyof MergeCountsDto)[] = ['sources', 'codes', 'cases', 'attributes', 'caseValues', 'coders', 'codings', 'memos']

/**
 * A merge preview (proposals can be accepted or rejected) or, after merging, the report of what
 * was done (read-only).
 */
export function MergeReport({
  report,
  accepted,
  onToggle
}: {
  report: MergeReportDto
  accepted: Set<string>
  onToggle?(otherId: string): void
}) {
  const i18n = useI18n()
  const { t, number } = i18n
  const done = !report.preview
  return (
    <div className="merge-report" data-testid={done ? 'merge-result' : 'merge-preview'}>
      <p className="lead" data-testid="merge-summary">
        {explain(i18n, report.summary)}
      </p>
      <div className="merge-grid">
        <section className="card">
          <h3>{done ? t('team.merge.countsDone') : t('team.merge.counts')}</h3>
          <table className="grid compact" data-testid="merge-counts">
            <thead>
              <tr>
                <th />
                <th className="num">{done ? t('team.merge.added') : t('team.merge.toAdd')}</th>
                <th className="num">{t('team.merge.matched')}</th>
              </tr>
            </thead>
            <tbody>
              {ENTITIES.map((k) => (
                <tr key={k}>
                  <td>{t(`team.entity.${k}`)}</td>
                  <td className="num">{number(report.added[k])}</td>
                  <td className="num">{number(report.matched[k])}</td>
                </tr>
              ))}
            </tbody>
          </table>
          <p className="hint">{t('team.merge.duplicates', { count: report.skippedDuplicates })}</p>
        </section>

        <section className="card">
          <h3>{t('team.merge.proposals', { n: report.proposals.length })}</h3>
          {report.proposals.length === 0 ? (
            <p className="muted">{t('team.merge.noProposals')}</p>
          ) : (
            <table className="grid compact" data-testid="merge-proposals">
              <thead>
                <tr>
                  <th>{done ? t('team.merge.acceptedCol') : t('team.merge.accept')}</th>
                  <th>{t('team.merge.kind')}</th>
                  <th>{t('team.merge.theirs')}</th>
                  <th>{t('team.merge.ours')}</th>
                  <th>{t('team.merge.why')}</th>
                </tr>
              </thead>
              <tbody>
                {report.proposals.map((p) => (
                  <tr key={p.otherId}>
                    <td>
                      <input
                        type="checkbox"
                        checked={accepted.has(p.otherId)}
                        disabled={done || !onToggle}
                        onChange={() => onToggle?.(p.otherId)}
                        aria-label={t('team.merge.accept')}
                        data-testid="merge-proposal-accept"
                      />
                    </td>
                    <td>{t(`team.merge.kind.${p.kind}`)}</td>
                    <td>{p.otherName}</td>
                    <td>{p.localName}</td>
                    <td className="muted">{explain(i18n, p.reason)}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {!done && report.proposals.length > 0 && <p className="hint">{t('team.merge.proposalHint')}</p>}
        </section>
      </div>

      <section className="card">
        <h3>{t('team.merge.conflicts', { n: report.conflicts.length })}</h3>
        {report.conflicts.length === 0 ? (
          <p className="muted">{t('team.merge.noConflicts')}</p>
        ) : (
          <ul className="conflicts" data-testid="merge-conflicts">
            {report.conflicts.map((c, i) => (
              <li key={`${c.kind}-${c.otherId}-${i}`}>
                <span className={`pill conflict-${c.kind}`}>{t(`team.conflict.${c.kind}`)}</span> {explain(i18n, c.message)}
              </li>
            ))}
          </ul>
        )}
      </section>
    </div>
  )
}
