import { afterEach, describe, expect, it } from 'vitest'
import { mutate, undo } from '../../../src/main/db/op-log'
import { projectAgreement } from '../../../src/main/services/team/agreement/project-agreement'
import { decide } from '../../../src/main/services/team/review/decide'
import { disagreements } from '../../../src/main/services/team/review/disagreements'
import { insertMemo } from '../../../src/main/services/team/rows'
import { code, newProject, seed, type Seeded, type TestProject } from './helpers'
import { formatMessage } from '../../../src/shared/messages'

let open: TestProject[] = []
afterEach(() => {
  for (const p of open) p.close()
  open = []
})

const TEXT = 'Abbiamo attivato il nido aziendale. Lo smart working aiuta le famiglie. I costi sono alti. Nessun altro commento.'

async function reviewProject(): Promise<{ p: TestProject; ids: Seeded; codings: string[] }> {
  const p = await newProject()
  open.push(p)
  const ids = seed(p.ctx, { coders: ['Anna', 'Bruno'], codes: ['Welfare'], sources: { S: TEXT } })
  const at = (q: string): [number, number] => [TEXT.indexOf(q), TEXT.indexOf(q) + q.length]
  const [n0, n1] = at('il nido aziendale')
  const [s0, s1] = at('Lo smart working aiuta le famiglie.')
  const [c0, c1] = at('I costi sono alti.')
  const [x0, x1] = at('Nessun altro commento.')
  const codings = code(p.ctx, ids, [
    { source: 'S', code: 'Welfare', coder: 'Anna', start: n0, end: n1 }, // agree
    { source: 'S', code: 'Welfare', coder: 'Bruno', start: n0, end: n1 },
    { source: 'S', code: 'Welfare', coder: 'Anna', start: s0, end: s1 }, // boundaries
    { source: 'S', code: 'Welfare', coder: 'Bruno', start: s0 + 3, end: s1 - 1 },
    { source: 'S', code: 'Welfare', coder: 'Anna', start: c0, end: c1 }, // only A
    { source: 'S', code: 'Welfare', coder: 'Bruno', start: x0, end: x1 } // only B
  ])
  return { p, ids, codings }
}

describe('disagreement review', () => {
  it('lists only-A, only-B and boundary disagreements side by side with context', async () => {
    const { p, codings } = await reviewProject()
    const r = disagreements(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare' })
    expect(r.counts).toEqual({ agree: 1, only_a: 1, only_b: 1, boundaries: 1, decided: 0 })
    expect(r.items.map((i) => i.kind)).toEqual(['boundaries', 'only_a', 'only_b'])
    const b = r.items[0]
    expect(b.a.map((s) => s.codingId)).toEqual([codings[2]])
    expect(b.b.map((s) => s.codingId)).toEqual([codings[3]])
    expect(b.context.text).toBe(TEXT.slice(b.start, b.end))
    expect(b.context.before.endsWith('aziendale. ')).toBe(true)
    expect(formatMessage(r.explanation, 'it')).toMatch(/tieni A/)
    expect(disagreements(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare', includeAgreements: true }).items).toHaveLength(4)
  })

  it('each decision gives both coders the decided version, is recorded, and undoes in one step', async () => {
    const { p, ids } = await reviewProject()
    const items = () => disagreements(p.ctx, { coders: ['Anna', 'Bruno'], code: 'Welfare' }).items
    const kappaBefore = projectAgreement(p.ctx, { coders: 'Anna,Bruno' }).kappa!
    const [boundaries, onlyA, onlyB] = items()
    const ids_ = (i: typeof boundaries) => [...i.a, ...i.b].map((s) => s.codingId)

    const merged = decide(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare', source: 'S', codingIds: ids_(boundaries), decision: 'merge' })
    // B's segment lies inside A's: the union is A's span, so A's coding stays and B gets a copy.
    expect(merged.kept).toEqual([boundaries.a[0].codingId])
    expect(merged.removed).toEqual([boundaries.b[0].codingId])
    expect(merged.created).toHaveLength(1)
    const spans = p.ctx.project.sqlite.prepare('SELECT coder_id, start, "end", quote FROM codings WHERE id IN (?, ?)').all(merged.kept[0], merged.created[0]) as { start: number; end: number; quote: string }[]
    expect(spans.map((s) => [s.start, s.end])).toEqual([[boundaries.start, boundaries.end], [boundaries.start, boundaries.end]])
    expect(spans[0].quote).toBe(TEXT.slice(boundaries.start, boundaries.end))

    decide(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare', source: 'S', codingIds: ids_(onlyA), decision: 'keep_a' })
    decide(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare', source: 'S', codingIds: ids_(onlyB), decision: 'keep_a' })
    expect(items()).toEqual([])
    const after = disagreements(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare', includeAgreements: true })
    expect(after.counts).toMatchObject({ agree: 3, decided: 2 })
    expect(after.items.filter((i) => i.decision).map((i) => i.decision).sort()).toEqual(['keep_a', 'merge'])
    expect(after.items.filter((i) => i.decision).every((i) => i.decidedBy === 'test' && !!i.decidedAt)).toBe(true)
    // The history lists all three, newest first, the removal too (nothing left of it: no span).
    expect(after.history.map((h) => [h.decision, h.before, h.after])).toEqual([
      ['keep_a', 1, 0],
      ['keep_a', 1, 2],
      ['merge', 2, 2]
    ])
    expect(after.history[2]).toMatchObject({ source: 'S', decidedBy: 'test', start: boundaries.start, end: boundaries.end })
    expect(after.history[0]).toMatchObject({ start: null, end: null })
    // keep_a on a B-only segment removed it.
    expect(p.ctx.project.sqlite.prepare("SELECT COUNT(*) n FROM codings WHERE quote = 'Nessun altro commento.'").get()).toEqual({ n: 0 })
    expect(projectAgreement(p.ctx, { coders: 'Anna,Bruno' }).kappa).toBe(1)
    expect(p.ctx.project.sqlite.prepare('SELECT decision, decided_by FROM coding_decisions ORDER BY decided_at').all()).toHaveLength(3)

    for (let i = 0; i < 3; i++) expect(undo(p.ctx.project, 'test').kind).toBe('team.decide')
    expect(items().map((i) => i.kind)).toEqual(['boundaries', 'only_a', 'only_b'])
    expect(projectAgreement(p.ctx, { coders: 'Anna,Bruno' }).kappa).toBeCloseTo(kappaBefore, 12)
    expect(p.ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM coding_decisions').get()).toEqual({ n: 0 })
    expect(disagreements(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare' }).history).toEqual([])
    expect(ids.codes.Welfare).toBeTruthy()
  })

  it('keep both gives each coder the other’s segment; memos follow the codings', async () => {
    const { p } = await reviewProject()
    const [boundaries] = disagreements(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare' }).items
    const memoTarget = boundaries.b[0].codingId
    mutate(p.ctx.project, { actor: 't', kind: 't', summary: { key: 'legacy.text', params: { text: 'memo' } } }, (w) => insertMemo(w, { targetKind: 'coding', targetId: memoTarget, title: 'n', body: 'b' }))
    const r = decide(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare', source: 'S', codingIds: [...boundaries.a, ...boundaries.b].map((s) => s.codingId), decision: 'keep_both' })
    expect(r.removed).toEqual([])
    expect(r.created).toHaveLength(2)
    // keep_a on a fresh boundary item removes B's own segment: its memo moves to B's copy of A's.
    const { p: q } = await reviewProject()
    const [item] = disagreements(q.ctx, { coders: 'Anna,Bruno', code: 'Welfare' }).items
    mutate(q.ctx.project, { actor: 't', kind: 't', summary: { key: 'legacy.text', params: { text: 'memo' } } }, (w) => insertMemo(w, { targetKind: 'coding', targetId: item.b[0].codingId, title: 'n', body: 'b' }))
    const k = decide(q.ctx, { coders: 'Anna,Bruno', code: 'Welfare', source: 'S', codingIds: [...item.a, ...item.b].map((s) => s.codingId), decision: 'keep_a' })
    expect(k.removed).toEqual([item.b[0].codingId])
    expect(q.ctx.project.sqlite.prepare('SELECT target_id FROM memos').get()).toEqual({ target_id: k.created[0] })
  })

  it('a stale item or a bad decision is refused without changes', async () => {
    const { p, codings } = await reviewProject()
    expect(() => decide(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare', source: 'S', codingIds: [codings[2]], decision: 'keep_a' })).toThrow(/no longer form one review item/)
    expect(() => decide(p.ctx, { coders: 'Anna,Bruno', code: 'Welfare', source: 'S', codingIds: [codings[4]], decision: 'drop' as never })).toThrow(/Unknown decision/)
    expect(() => disagreements(p.ctx, { coders: 'Anna', code: 'Welfare' })).toThrow(/exactly two coders/)
    expect(p.ctx.project.sqlite.prepare('SELECT COUNT(*) n FROM coding_decisions').get()).toEqual({ n: 0 })
  })
})
