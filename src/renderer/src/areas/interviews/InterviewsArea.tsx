import { Tabs } from '../../components/Tabs'
import { useI18n } from '../../i18n/I18n'
import { INTERVIEW_TABS, InterviewsProvider, useInterviews, type InterviewsTab } from './InterviewsContext'
import { LeftPanel } from './LeftPanel'
import { CodingTab } from './CodingTab'
import { CodebookTab } from './CodebookTab'
import { CasesTab } from './CasesTab'
import { MemosTab } from './MemosTab'
import { RetrievalTab } from './RetrievalTab'
import { SearchTab } from './SearchTab'
import { MatrixTab } from './MatrixTab'
import { WordsTab } from './WordsTab'
import { PseudonymiseTab } from '../privacy/PseudonymiseTab'
import '../../styles/interviews.css'

const WIDE: InterviewsTab[] = ['codebook', 'cases', 'memos', 'words', 'matrix', 'pseudonymise']

/** Interviste: the qualitative coding workspace. */
export function InterviewsArea() {
  return (
    <InterviewsProvider>
      <Workspace />
    </InterviewsProvider>
  )
}

function Workspace() {
  const { t } = useI18n()
  const { tab, setTab } = useInterviews()
  return (
    <div className="interviews" data-testid="interviews">
      <Tabs testId="interviews-tabs" tabs={INTERVIEW_TABS.map((k) => ({ key: k, label: t(`iv.tab.${k}`) }))} active={tab} onChange={setTab} />
      {/* Wide views (the codebook has its own tree, grids and matrices need the width) go without the left panel. */}
      <div className={tab === 'code' ? 'iv-body with-context' : WIDE.includes(tab) ? 'iv-body full' : 'iv-body'}>
        {!WIDE.includes(tab) && <LeftPanel />}
        {tab === 'code' ? (
          <CodingTab />
        ) : (
          <section className="iv-centre" role="tabpanel" aria-label={t(`iv.tab.${tab}`)}>
            {tab === 'codebook' && <CodebookTab />}
            {tab === 'cases' && <CasesTab />}
            {tab === 'memos' && <MemosTab />}
            {tab === 'retrieval' && <RetrievalTab />}
            {tab === 'search' && <SearchTab />}
            {tab === 'words' && <WordsTab />}
            {tab === 'matrix' && <MatrixTab />}
            {tab === 'pseudonymise' && <PseudonymiseTab />}
          </section>
        )}
      </div>
    </div>
  )
}
