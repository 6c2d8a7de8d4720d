import fs from 'node:fs'
import path from 'node:path'
import { EsitiError } from '../../../../shared/errors'
import { msg } from '../../../../shared/messages'
import type { MergeReportDto } from '../../../../shared/ipc/team'
import { mutate } from '../../../db/op-log'
import { openProjectFile } from '../../../db/project-file'
import { checkCancelled, type Ctx } from '../../context'
import { planMerge, type MergePlan } from './plan'
import { readSnapshot } from './snapshot'

export interface MergeOptions {
  /** Ids (in the other project) of the proposals to accept, or 'all'. Default: none. */
  accept?: string[] | 'all'
}

async function planWith(ctx: Ctx, otherFile: string, opts: MergeOptions): Promise<{ plan: MergePlan; other: string }> {
  const other = path.resolve(otherFile)
  if (!fs.existsSync(other)) throw new EsitiError('NOT_FOUND', 'project.notFound', { file: other })
  if (fs.realpathSync(other) === fs.realpathSync(ctx.project.path))
    throw new EsitiError('INVALID_INPUT', 'merge.self')
  // Opened read-only and without the lock: the other coder may still have it open.
  const theirs = await openProjectFile(other, { readonly: true })
  try {
    const accept = opts.accept === 'all' ? 'all' : new Set(opts.accept ?? [])
    const plan = planMerge(readSnapshot(ctx.project.sqlite, { texts: false }), readSnapshot(theirs.sqlite, { texts: true }), accept)
    return { plan, other }
  } finally {
    theirs.close()
  }
}

function report(plan: MergePlan, other: string, preview: boolean): MergeReportDto {
  const a = plan.added
  return {
    other,
    preview,
    added: a,
    matched: plan.matched,
    skippedDuplicates: plan.skippedDuplicates,
    proposals: plan.proposals,
    accepted: plan.accepted,
    conflicts: plan.conflicts,
    summary: msg(preview ? 'merge.summary' : 'merge.summaryDone', {
      file: path.basename(other),
      codings: a.codings,
      codes: a.codes,
      sources: a.sources,
      cases: a.cases,
      memos: a.memos,
      coders: a.coders,
      duplicates: plan.skippedDuplicates,
      proposals: plan.proposals.length,
      conflicts: plan.conflicts.length
    })
  }
}

/** What a merge would do, without writing anything. */
export async function mergePreview(ctx: Ctx, otherFile: string, opts: MergeOptions = {}): Promise<MergeReportDto> {
  const { plan, other } = await planWith(ctx, otherFile, opts)
  return report(plan, other, true)
}

/**
 * Merges another coder's copy of the project into this one as a single undoable operation.
 * The other file is only read. Accepted proposals join codes/cases that differ only by UUID.
 */
export async function mergeProject(ctx: Ctx, otherFile: string, opts: MergeOptions = {}): Promise<MergeReportDto> {
  const { plan, other } = await planWith(ctx, otherFile, opts)
  checkCancelled(ctx)
  mutate(ctx.project, { actor: ctx.actor, kind: 'team.merge', summary: msg('merge.op', { file: path.basename(other) }) }, (w) => {
    plan.inserts.forEach(({ table, row }, i) => {
      w.insert(table, row)
      if (i % 500 === 0) {
        ctx.progress.report('merge', i, plan.inserts.length)
        checkCancelled(ctx)
      }
    })
  })
  ctx.progress.report('done', plan.inserts.length, plan.inserts.length)
  return report(plan, other, false)
}
