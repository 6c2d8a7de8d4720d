import { useState } from 'react'
import type { ProgrammeDto } from '../../../../shared/ipc/project'
import { useI18n } from '../../i18n/I18n'

type Kind = 'all' | 'partner' | 'company'

export function OrganisationsTable({ organisations }: { organisations: ProgrammeDto['organisations'] }) {
  const { t, number } = useI18n()
  const [kind, setKind] = useState<Kind>('all')
  const rows = organisations.filter((o) => kind === 'all' || o.kind === kind)
  const partners = organisations.filter((o) => o.kind === 'partner').length
  const companies = organisations.filter((o) => o.kind === 'company').length
  return (
    <section>
      <h2>
        {t('programme.organisations')}{' '}
        <span className="muted">
          ({number(partners)} {t('programme.partners').toLowerCase()}, {number(companies)} {t('programme.companies').toLowerCase()})
        </span>
      </h2>
      <div className="segmented">
        {(['all', 'partner', 'company'] as Kind[]).map((k) => (
          <button key={k} className={k === kind ? 'active' : ''} onClick={() => setKind(k)}>
            {k === 'all' ? t('common.all') : k === 'partner' ? t('programme.partners') : t('programme.companies')}
          </button>
        ))}
      </div>
      <table className="grid" data-testid="organisations">
        <thead>
          <tr>
            <th>{t('common.name')}</th>
            <th>{t('programme.kind')}</th>
            <th>{t('programme.sector')}</th>
            <th>{t('programme.size')}</th>
            <th className="num">{t('programme.employees')}</th>
            <th className="num">{t('programme.municipio')}</th>
            <th>{t('programme.joined')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((o) => (
            <tr key={o.id}>
              <td>{o.name}</td>
              <td>{t(`kind.${o.kind}`)}</td>
              <td>{o.sector ?? o.orgType}</td>
              <td>{o.sizeClass ?? '—'}</td>
              <td className="num">{o.employees === null ? '—' : number(o.employees)}</td>
              <td className="num">{o.municipio ?? '—'}</td>
              <td>{o.actions.join(', ')}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  )
}
