import { useI18n } from '../../../i18n/I18n'
import { coef, kappaBand, KAPPA_BANDS } from '../format'

/** A kappa (or alpha) with its Landis & Koch colour and label. */
export function KappaCell({ value, testId }: { value: number | null; testId?: string }) {
  const i18n = useI18n()
  if (value === null)
    return (
      <td className="num kappa-none" data-testid={testId} title={i18n.t('team.kappa.undefined')}>
        —
      </td>
    )
  const band = kappaBand(value)
  return (
    <td className={`num kappa band-${band}`} data-testid={testId} data-value={value} title={i18n.t(`team.band.${band}`)}>
      {coef(i18n, value)}
    </td>
  )
}

/** The colour key of the kappa bands (Landis & Koch 1977). */
export function KappaLegend() {
  const i18n = useI18n()
  const n = (v: number) => i18n.number(v, { minimumFractionDigits: 2, maximumFractionDigits: 2 })
  return (
    <div className="kappa-legend" data-testid="kappa-legend">
      <span className="muted">{i18n.t('team.band.legend')}</span>
      {KAPPA_BANDS.map(({ band, from, to }) => (
        <span key={band} className={`kappa-chip band-${band}`}>
          {i18n.t(`team.band.${band}`)}{' '}
          <span className="range">{from === null ? `< ${n(to ?? 0)}` : `${n(from)} – ${n(to ?? 1)}`}</span>
        </span>
      ))}
    </div>
  )
}
