import { useState } from 'react'
import { Tabs } from '../../components/Tabs'
import { useI18n } from '../../i18n/I18n'
import { IndicatorsTab } from './list/IndicatorsTab'
import { JointDisplaysTab } from './mixed/JointDisplaysTab'
import { RegisterTab } from './register/RegisterTab'
import { SdgOverview } from './SdgOverview'
import { TablesTab } from './tables/TablesTab'
import { SdgColoursProvider } from './use-sdg-colours'
import '../../styles/indicators.css'

type Tab = 'indicators' | 'tables' | 'sdg' | 'mixed' | 'register'
const TABS: Tab[] = ['indicators', 'tables', 'sdg', 'mixed', 'register']

export function IndicatorsArea() {
  const { t } = useI18n()
  const [tab, setTab] = useState<Tab>(() => {
    const saved = sessionStorage.getItem('esiti.indicators.tab') as Tab | null
    return saved && TABS.includes(saved) ? saved : 'indicators'
  })
  const change = (k: Tab) => {
    sessionStorage.setItem('esiti.indicators.tab', k)
    setTab(k)
  }
  return (
    <SdgColoursProvider>
      <div className="area indicators-area">
        <h1>{t('nav.indicators')}</h1>
        <Tabs testId="indicators-tabs" tabs={TABS.map((k) => ({ key: k, label: t(`ind.tab.${k}`) }))} active={tab} onChange={change} />
        <div role="tabpanel" aria-label={t(`ind.tab.${tab}`)}>
          {tab === 'indicators' && <IndicatorsTab />}
          {tab === 'tables' && <TablesTab />}
          {tab === 'sdg' && <SdgOverview />}
          {tab === 'mixed' && <JointDisplaysTab />}
          {tab === 'register' && <RegisterTab />}
        </div>
      </div>
    </SdgColoursProvider>
  )
}
