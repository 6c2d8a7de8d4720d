import { useState } from 'react'
import { Tabs } from '../../components/Tabs'
import { useI18n } from '../../i18n/I18n'
import { AgreementTab } from './agreement/AgreementTab'
import { ReviewTab, type ReviewTarget } from './review/ReviewTab'
import { MergeTab } from './merge/MergeTab'
import { RefiTab } from './refi/RefiTab'
import { TeamServerTab } from './server/TeamServerTab'
import { useTeamLists } from './use-team-lists'
import '../../styles/team.css'

type TeamTab = 'agreement' | 'review' | 'merge' | 'server' | 'refi'
const TABS: TeamTab[] = ['agreement', 'review', 'merge', 'server', 'refi']

/**
 * Teamwork: agreement between coders, review of their disagreements, merging a colleague's copy,
 * the team server (publish, join, sync) and REFI-QDA exchange. Every tab stays mounted so switching keeps its state.
 */
export function TeamArea() {
  const { t } = useI18n()
  const [tab, setTab] = useState<TeamTab>('agreement')
  const [target, setTarget] = useState<ReviewTarget | null>(null)
  const lists = useTeamLists()
  return (
    <div className="area team">
      <h1>{t('nav.team')}</h1>
      <Tabs<TeamTab> tabs={TABS.map((k) => ({ key: k, label: t(`team.tab.${k}`) }))} active={tab} onChange={setTab} testId="team-tabs" />
      <div hidden={tab !== 'agreement'} data-testid="panel-agreement">
        <AgreementTab
          lists={lists}
          onReview={(coders, codeId) => {
            setTarget({ coders, codeId })
            setTab('review')
          }}
        />
      </div>
      <div hidden={tab !== 'review'} data-testid="panel-review">
        <ReviewTab lists={lists} target={target} />
      </div>
      <div hidden={tab !== 'merge'} data-testid="panel-merge">
        <MergeTab />
      </div>
      <div hidden={tab !== 'server'} data-testid="panel-server">
        <TeamServerTab />
      </div>
      <div hidden={tab !== 'refi'} data-testid="panel-refi">
        <RefiTab />
      </div>
    </div>
  )
}
