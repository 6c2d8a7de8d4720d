import type { AnchorReportDto } from '../../../shared/ipc/coding'
import { checkCancelled, type Ctx } from '../context'
import { textHash } from '../text/normalise'

/**
 * Re-extracts every coding's quote from its source text (offsets: UTF-16 code units of the stored
 * NFC, LF text) and reports those that differ from the stored quote, plus sources whose text no
 * longer matches its recorded hash. An empty report means every anchor is exact.
 */
export function verifyAnchors(ctx: Ctx, sourceId?: string): AnchorReportDto {
  const db = ctx.project.sqlite
  const sources = db
    .prepare('SELECT id, name, text, text_hash FROM sources WHERE deleted_at IS NULL AND (? IS NULL OR id = ?) ORDER BY name')
    .all(sourceId ?? null, sourceId ?? null) as { id: string; name: string; text: string; text_hash: string }[]
  const codings = db.prepare('SELECT id, start, "end", quote FROM codings WHERE source_id = ?')
  const report: AnchorReportDto = { sources: sources.length, checked: 0, mismatches: [], changedSources: [] }
  sources.forEach((s, i) => {
    if (i % 50 === 0) {
      checkCancelled(ctx)
      ctx.progress.report('anchors', i, sources.length)
    }
    if (textHash(s.text) !== s.text_hash) report.changedSources.push(s.name)
    for (const c of codings.all(s.id) as { id: string; start: number; end: number; quote: string }[]) {
      report.checked++
      const actual = s.text.slice(c.start, c.end)
      if (actual !== c.quote || c.end > s.text.length)
        report.mismatches.push({ codingId: c.id, sourceId: s.id, sourceName: s.name, start: c.start, end: c.end, stored: c.quote, actual })
    }
  })
  ctx.progress.report('anchors:done', sources.length, sources.length)
  return report
}
