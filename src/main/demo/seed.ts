import type { Ctx } from '../services/context'
import { seedProgramme } from './seed-programme'
import { seedCoding } from './seed-coding'
import { seedSurvey } from './seed-survey'
import { seedIndicators } from './seed-indicators'
import { seedPrivacy } from './seed-privacy'

/**
 * Seeds the embedded MIRE demo through the same services the app and CLI use, so that the demo
 * exercises the whole product. Seeding is not recorded in the undo log.
 */
export async function seedDemo(ctx: Ctx): Promise<void> {
  const total = 5
  ctx.progress.report('demo:programme', 0, total)
  seedProgramme(ctx)
  ctx.progress.report('demo:coding', 1, total)
  await seedCoding(ctx)
  ctx.progress.report('demo:survey', 2, total)
  await seedSurvey(ctx)
  ctx.progress.report('demo:indicators', 3, total)
  await seedIndicators(ctx)
  ctx.progress.report('demo:privacy', 4, total)
  seedPrivacy(ctx)
  ctx.progress.report('demo:done', total, total)
}
