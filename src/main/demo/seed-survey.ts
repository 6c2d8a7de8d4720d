import type { Ctx } from '../services/context'

/** Seeds the demo's survey part (written by the survey feature). */
export async function seedSurvey(_ctx: Ctx): Promise<void> {}
