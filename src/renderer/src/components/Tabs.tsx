export interface TabDef<K extends string> {
  key: K
  label: string
}

/** A row of tabs; the caller renders the active panel. */
export function Tabs<K extends string>({ tabs, active, onChange, testId }: { tabs: TabDef<K>[]; active: K; onChange(k: K): void; testId?: string }) {
  return (
    <div className="tabs" role="tablist" data-testid={testId}>
      {tabs.map((t) => (
        <button
          key={t.key}
          role="tab"
          aria-selected={t.key === active}
          className={t.key === active ? 'tab active' : 'tab'}
          data-testid={`tab-${t.key}`}
          onClick={() => onChange(t.key)}
        >
          {t.label}
        </button>
      ))}
    </div>
  )
}
