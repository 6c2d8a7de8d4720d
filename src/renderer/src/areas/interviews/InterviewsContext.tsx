import { createContext, useCallback, useContext, useEffect, useMemo, useState, type ReactNode } from 'react'
import type { CodeDto, CoderDto, SourceDto } from '../../../../shared/ipc/coding'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { useErrors } from '../../components/ErrorSurface'

export type InterviewsTab = 'code' | 'codebook' | 'cases' | 'memos' | 'retrieval' | 'search' | 'words' | 'matrix' | 'pseudonymise'
export const INTERVIEW_TABS: InterviewsTab[] = ['code', 'codebook', 'cases', 'memos', 'retrieval', 'search', 'words', 'matrix', 'pseudonymise']

/** A place in a source to show: the reader scrolls there and flashes the passage. */
export interface JumpTarget {
  sourceId: string
  start: number
  end: number
  codingId?: string
  nonce: number
}

export interface ReaderSelection {
  sourceId: string
  start: number
  end: number
}

interface InterviewsApi {
  tab: InterviewsTab
  setTab(tab: InterviewsTab): void
  sources: SourceDto[] | null
  codes: CodeDto[] | null
  codeById: Map<string, CodeDto>
  coders: CoderDto[] | null
  sourceId: string | null
  setSourceId(id: string | null): void
  codingId: string | null
  setCodingId(id: string | null): void
  codeId: string | null
  setCodeId(id: string | null): void
  /** A code was just created: it becomes the selected code, and the next new code goes beside it. */
  noteCreated(id: string): void
  /**
   * Where "+ New code" puts a code by default: under the code the user picked in a tree, but beside
   * the code just created (six new codes in a row are six siblings, not six levels).
   */
  newCodeParent(): string | null
  jump: JumpTarget | null
  jumpTo(target: Omit<JumpTarget, 'nonce'>): void
  /** The last text selected in the reader (kept after focus moves to a panel). */
  selection: ReaderSelection | null
  setSelection(s: ReaderSelection | null): void
  /** Codes most recently applied by the current coder, newest first. */
  recent: string[]
  noteApplied(codeId: string): void
  coderName: string
  refreshCoder(): Promise<string>
}

const Ctx = createContext<InterviewsApi | null>(null)

const remember = (key: string, value: string | null): void => {
  if (value) sessionStorage.setItem(key, value)
  else sessionStorage.removeItem(key)
}

export function InterviewsProvider({ children }: { children: ReactNode }) {
  const { report } = useErrors()
  const [tab, setTabState] = useState<InterviewsTab>(() => {
    const saved = sessionStorage.getItem('esiti.interviews.tab') as InterviewsTab | null
    return saved && INTERVIEW_TABS.includes(saved) ? saved : 'code'
  })
  const setTab = useCallback((k: InterviewsTab) => {
    remember('esiti.interviews.tab', k)
    setTabState(k)
  }, [])
  const sources = useCall('coding:sources', {}).data
  const codes = useCall('coding:codes', {}).data
  const coders = useCall('coding:coders', {}).data
  const [sourceId, setSourceIdState] = useState<string | null>(() => sessionStorage.getItem('esiti.interviews.source'))
  const setSourceId = useCallback((id: string | null) => {
    remember('esiti.interviews.source', id)
    setSourceIdState(id)
  }, [])
  const [codingId, setCodingId] = useState<string | null>(null)
  const [codeId, setCodeIdState] = useState<string | null>(null)
  const [created, setCreated] = useState<string | null>(null)
  const setCodeId = useCallback((id: string | null) => {
    setCreated(null)
    setCodeIdState(id)
  }, [])
  const noteCreated = useCallback((id: string) => {
    setCodeIdState(id)
    setCreated(id)
  }, [])
  const [jump, setJump] = useState<JumpTarget | null>(null)
  const [selection, setSelection] = useState<ReaderSelection | null>(null)
  const [coderName, setCoderName] = useState('')
  const [recent, setRecent] = useState<string[]>([])

  const refreshCoder = useCallback(async () => {
    const s = await call('app:settings', {})
    setCoderName(s.coder)
    return s.coder
  }, [])
  // Recent codes of the current coder (the top bar may switch coder at any time: re-read on changes).
  const loadRecent = useCallback(() => {
    refreshCoder()
      .then(() => call('coding:recentCodes', { limit: 10 }))
      .then((codes) => setRecent(codes.map((c) => c.id)))
      .catch(report)
  }, [refreshCoder, report])
  useEffect(() => {
    loadRecent()
    return window.api.on('project:changed', loadRecent)
  }, [loadRecent])

  // A source removed (or undone away) must not stay selected.
  useEffect(() => {
    if (sources && sourceId && !sources.some((s) => s.id === sourceId)) setSourceId(sources[0]?.id ?? null)
    else if (sources && !sourceId && sources.length) setSourceId(sources[0].id)
  }, [sources, sourceId, setSourceId])

  // The remembered source may belong to the previously open project: expose it only once it is known here.
  const knownSourceId = sources && sourceId && sources.some((s) => s.id === sourceId) ? sourceId : null
  const codeById = useMemo(() => new Map((codes ?? []).map((c) => [c.id, c])), [codes])
  const jumpTo = useCallback(
    (target: Omit<JumpTarget, 'nonce'>) => {
      setSourceId(target.sourceId)
      setCodingId(target.codingId ?? null)
      setJump({ ...target, nonce: Date.now() + Math.random() })
      setTab('code')
    },
    [setSourceId, setTab]
  )
  const noteApplied = useCallback((id: string) => setRecent((r) => [id, ...r.filter((x) => x !== id)].slice(0, 10)), [])

  const value: InterviewsApi = {
    tab,
    setTab,
    sources,
    codes,
    codeById,
    coders,
    sourceId: knownSourceId,
    setSourceId,
    codingId,
    setCodingId,
    codeId: codeId && codeById.has(codeId) ? codeId : null,
    setCodeId,
    noteCreated,
    newCodeParent: () => {
      const picked = codeId && codeById.has(codeId) ? codeId : null
      if (picked && picked === created) return codeById.get(picked)?.parentId ?? null
      return picked
    },
    jump,
    jumpTo,
    selection,
    setSelection,
    recent,
    noteApplied,
    coderName,
    refreshCoder
  }
  return <Ctx.Provider value={value}>{children}</Ctx.Provider>
}

export function useInterviews(): InterviewsApi {
  const v = useContext(Ctx)
  if (!v) throw new Error('useInterviews outside InterviewsProvider')
  return v
}
