import type { AgreementFigure, AgreementLevel, AgreementUnit } from '../../../../shared/ipc/team'
import { msg, type Msg } from '../../../../shared/messages'

/**
 * The texts the agreement screen shows next to each figure (unit, chance model, caveats), as
 * messages: the window and the CLI word them in their language (catalog/team.ts).
 */
export function agreementExplanations(o: {
  unit: AgreementUnit
  level: AgreementLevel
  coders: number
  codes: number
  threshold: number
}): Record<AgreementFigure, Msg> {
  const many = o.coders > 2
  const segments = msg('agreement.explain.segments', { pct: Math.round(o.threshold * 100), codes: o.codes })
  if (o.unit === 'character') {
    return {
      percent: msg('agreement.explain.char.percent', { pairs: many ? msg('agreement.meanOverPairs') : '' }),
      kappa: msg('agreement.explain.char.kappa', { pairs: many ? msg('agreement.lightKappa') : '' }),
      alpha: msg('agreement.explain.char.alpha'),
      percentCodedOnly: msg('agreement.explain.char.percentCodedOnly'),
      kappaCodedOnly: msg('agreement.explain.char.kappaCodedOnly'),
      meanSourceKappa: msg('agreement.explain.char.meanSourceKappa'),
      segments,
      units: msg('agreement.explain.char.units'),
      multiValue: msg('agreement.explain.char.multiValue')
    }
  }
  const u = o.unit
  const units = msg(`agreement.unitNames.${u}`)
  return {
    percent: msg('agreement.explain.unit.percent', { units, pairs: many ? msg('agreement.meanOverPairs') : '' }),
    kappa: many
      ? msg('agreement.explain.unit.fleiss', { units })
      : msg('agreement.explain.unit.cohen', { units, weights: msg(`agreement.weights.${o.level}`) }),
    alpha: msg('agreement.explain.unit.alpha', {
      level: msg(`agreement.levelName.${o.level}`),
      unit: msg(`agreement.unitName.${u}`),
      codes: o.codes
    }),
    percentCodedOnly: msg('agreement.explain.unit.percentCodedOnly'),
    kappaCodedOnly: msg('agreement.explain.unit.kappaCodedOnly'),
    meanSourceKappa: msg('agreement.explain.unit.meanSourceKappa'),
    segments,
    units: msg(u === 'paragraph' ? 'agreement.explain.unit.paragraphs' : 'agreement.explain.unit.sentences'),
    multiValue: msg('agreement.explain.unit.multiValue')
  }
}
