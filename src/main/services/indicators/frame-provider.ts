import type { Ctx } from '../context'
import type { DatasetFrame } from '../survey'
import { loadDatasetFrame } from '../survey'

/** Questionnaire frames from the project's survey store (clean layer unless a spec asks for raw). */
export function defaultFrameProvider(ctx: Ctx): (dataset: string, layer: 'clean' | 'raw') => DatasetFrame {
  return (dataset, layer) => loadDatasetFrame(ctx, dataset, { layer })
}
