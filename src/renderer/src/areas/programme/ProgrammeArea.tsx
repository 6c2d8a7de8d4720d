import type { ProjectSummary } from '../../../../shared/ipc/project'
import { useCall } from '../../lib/use-call'
import { useI18n } from '../../i18n/I18n'
import { OrganisationsTable } from './OrganisationsTable'

const COUNTS = ['sources', 'codings', 'cases', 'datasets', 'indicators', 'organisations', 'activities'] as const

export function ProgrammeArea({ project }: { project: ProjectSummary }) {
  const { t, date, number, locale } = useI18n()
  const { data } = useCall('programme:get', {})
  if (!data) return <p className="muted">{t('common.loading')}</p>
  const p = data.programme
  return (
    <div className="area programme">
      <section className="card hero">
        <h1>{p?.name ?? t('programme.title')}</h1>
        {p ? (
          <>
            {p.fullName && <p className="lead">{p.fullName}</p>}
            <dl className="facts">
              <dt>{t('programme.promoter')}</dt>
              <dd>{p.promoter}</dd>
              <dt>{t('programme.period')}</dt>
              <dd>
                {date(p.periodStart)} – {date(p.periodEnd)}
              </dd>
              <dt>{t('programme.area')}</dt>
              <dd>{p.area}</dd>
            </dl>
            {p.description && <p>{p.description}</p>}
          </>
        ) : (
          <p className="muted">{t('programme.empty')}</p>
        )}
        <div className="counts" data-testid="project-counts">
          {COUNTS.map((k) => (
            <div key={k} className="count">
              <span className="count-value">{number(project.counts[k])}</span>
              <span className="count-label">{t(`count.${k}`)}</span>
            </div>
          ))}
        </div>
      </section>

      <section>
        <h2>{t('programme.actions')}</h2>
        <div className="cards">
          {data.actions.map((a) => (
            <div key={a.id} className="card action" data-testid="action-card">
              <h3>
                <span className="badge">{a.code}</span> {a.name}
              </h3>
              <p>{a.description}</p>
              <p className="muted">
                {number(a.organisations)} {t('programme.organisations').toLowerCase()} · {number(a.activities)}{' '}
                {t('programme.activities').toLowerCase()}
              </p>
            </div>
          ))}
        </div>
      </section>

      <section>
        <h2>{t('programme.sdgs')}</h2>
        <div className="sdg-grid">
          {data.sdgs.map((g) => (
            <div key={g.id} className="sdg" style={{ borderColor: g.color }}>
              <div className="sdg-head" style={{ background: g.color }}>
                <span className="sdg-number">{g.number}</span> {locale === 'en' ? g.titleEn : g.title}
              </div>
              <ul>
                {g.targets.map((tg) => (
                  <li key={tg.id}>
                    <strong>{tg.code}</strong> {locale === 'en' ? tg.textEn : tg.text}
                  </li>
                ))}
              </ul>
            </div>
          ))}
        </div>
      </section>

      <section>
        <h2>{t('programme.sections')}</h2>
        <ol className="sections">
          {data.sections.map((s) => (
            <li key={s.id}>
              <strong>{locale === 'en' && s.titleEn ? s.titleEn : s.title}</strong>
              {s.description && <span className="muted"> — {s.description}</span>}
            </li>
          ))}
        </ol>
      </section>

      <OrganisationsTable organisations={data.organisations} />
    </div>
  )
}
