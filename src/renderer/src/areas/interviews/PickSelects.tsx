import type { ExpandMode } from '../../../../shared/ipc/coding'
import { useI18n } from '../../i18n/I18n'
import { useInterviews } from './InterviewsContext'

/** How far each hit is widened when every hit is coded at once. */
const EXPANDS: ExpandMode[] = ['hit', 'sentence', 'paragraph', 'turn']

interface PickProps {
  value: string
  onChange(id: string): void
  testId?: string
}

/** A select with an empty first choice ("all", "pick a code", "top level") and one option per item. */
export function ItemSelect({ items, empty, value, onChange, testId }: PickProps & { items: { id: string; label: string }[]; empty: string }) {
  return (
    <select value={value} onChange={(e) => onChange(e.target.value)} data-testid={testId}>
      <option value="">{empty}</option>
      {items.map((x) => (
        <option key={x.id} value={x.id}>
          {x.label}
        </option>
      ))}
    </select>
  )
}

/** The project's transcripts by name, "all" first. */
export function SourceSelect(props: PickProps) {
  const { t } = useI18n()
  const iv = useInterviews()
  return <ItemSelect {...props} empty={t('common.all')} items={(iv.sources ?? []).map((s) => ({ id: s.id, label: s.name }))} />
}

/** The codebook's codes by path, after `empty`. */
export function CodeSelect(props: PickProps & { empty: string }) {
  const iv = useInterviews()
  return <ItemSelect {...props} items={(iv.codes ?? []).map((c) => ({ id: c.id, label: c.path }))} />
}

/** How far each hit is widened when it is coded: the hit, its sentence, paragraph or speaker turn. */
export function ExpandSelect({ value, onChange, testId }: { value: ExpandMode; onChange(mode: ExpandMode): void; testId?: string }) {
  const { t } = useI18n()
  return (
    <select value={value} onChange={(e) => onChange(e.target.value as ExpandMode)} data-testid={testId}>
      {EXPANDS.map((x) => (
        <option key={x} value={x}>
          {t(`iv.search.expand.${x}`)}
        </option>
      ))}
    </select>
  )
}
