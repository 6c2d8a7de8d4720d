import type { Ctx } from '../services/context'

/** Seeds the demo's indicators part (written by the indicators feature). */
export async function seedIndicators(_ctx: Ctx): Promise<void> {}
