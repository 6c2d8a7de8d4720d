import type { ProgrammeDto } from '../../../shared/ipc/programme'
import type { Ctx } from '../context'
import { sdgGoal } from '../sdg/sdg-framework'
import { listActions } from './actions'
import { listAreas } from './areas'
import { getProgramme } from './details'
import { listOrganisations } from './organisations'
import { adoptedCodes } from './sdg-adoption'
import { listSections } from './sections'

/** Adopted goals with their adopted targets, in both languages (a goal adopted as a whole lists none). */
function adoptedGoals(ctx: Ctx): ProgrammeDto['sdgs'] {
  const goals = new Map<number, ProgrammeDto['sdgs'][number]>()
  for (const code of adoptedCodes(ctx)) {
    const [g, t] = code.split('.')
    const ref = sdgGoal(Number(g))
    if (!ref) continue
    let entry = goals.get(ref.number)
    if (!entry)
      goals.set(ref.number, (entry = { number: ref.number, color: ref.color, title: ref.short.it, titleEn: ref.short.en, targets: [] }))
    if (t !== undefined) {
      const target = ref.targets.find((x) => x.code === code)
      if (target) entry.targets.push({ code, text: target.it, textEn: target.en })
    }
  }
  return [...goals.values()].sort((a, b) => a.number - b.number)
}

/** Everything the Programme workspace shows, in one read. */
export function programmeOverview(ctx: Ctx): ProgrammeDto {
  return {
    programme: getProgramme(ctx),
    actions: listActions(ctx),
    areas: listAreas(ctx),
    organisations: listOrganisations(ctx),
    sdgs: adoptedGoals(ctx),
    sections: listSections(ctx),
    isTemplate: ctx.project.meta('template') === '1'
  }
}
