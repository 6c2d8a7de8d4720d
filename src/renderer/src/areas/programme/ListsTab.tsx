import { useState, type FormEvent } from 'react'
import type { RegisterListsDto } from '../../../../shared/ipc/register'
import { useI18n } from '../../i18n/I18n'
import { call } from '../../lib/api'
import { useCall } from '../../lib/use-call'
import { optionLabel } from '../indicators/format'
import { useAction } from './use-action'

function AddOne({ label, testId, onAdd }: { label: string; testId: string; onAdd(v: string): Promise<boolean> }) {
  const { t } = useI18n()
  const [value, setValue] = useState('')
  async function submit(e: FormEvent) {
    e.preventDefault()
    if (value.trim() && (await onAdd(value.trim()))) setValue('')
  }
  return (
    <form className="toolbar" onSubmit={submit}>
      <input value={value} maxLength={100} aria-label={label} placeholder={label} data-testid={testId} onChange={(e) => setValue(e.target.value)} />
      <button type="submit" disabled={!value.trim()}>
        {t('common.add')}
      </button>
    </form>
  )
}

function KindRow({ kind, run, reload }: { kind: RegisterListsDto['kinds'][number]; run: ReturnType<typeof useAction>['run']; reload(): void }) {
  const i18n = useI18n()
  const { t } = i18n
  const [name, setName] = useState(kind.name)
  const act = async (fn: () => Promise<unknown>) => {
    if ((await run(fn)) !== undefined) reload()
  }
  const word = optionLabel(i18n, 'reg.kind', kind.name)
  return (
    <li className="area-row" data-testid="kind-row">
      <input
        value={name}
        maxLength={100}
        aria-label={t('programme.lists.renameKind', { name: kind.name })}
        onChange={(e) => setName(e.target.value)}
        onBlur={() => name.trim() !== kind.name && void act(() => call('register:renameKind', { id: kind.id, name }))}
        onKeyDown={(e) => e.key === 'Enter' && (e.target as HTMLInputElement).blur()}
      />
      {word !== kind.name && <span className="muted">{word}</span>}
      <span className="muted">{t('programme.lists.usedBy', { count: kind.activities })}</span>
      <button className="link danger" disabled={kind.activities > 0} onClick={() => void act(() => call('register:deleteKind', { id: kind.id }))}>
        {t('common.delete')}
      </button>
    </li>
  )
}

/** The register's own lists: activity kinds, and the gender and age-band codes participants are checked against. */
export function ListsTab() {
  const i18n = useI18n()
  const { t } = i18n
  const { data, reload } = useCall('register:lists', {})
  const { run, error } = useAction()
  const add = async (fn: () => Promise<unknown>) => {
    const ok = (await run(fn)) !== undefined
    if (ok) void reload()
    return ok
  }
  if (!data) return <p className="muted">{t('common.loading')}</p>
  const values = (list: 'gender' | 'ageBand', items: RegisterListsDto['genders']) => (
    <ul className="value-list">
      {items.map((v) => (
        <li key={v.id} data-testid={`${list}-value`}>
          <strong>{v.code}</strong> <span className="muted">{optionLabel(i18n, list === 'gender' ? 'reg.gender' : 'reg.ageBand', v.code)}</span>{' '}
          <span className="muted">· {t('programme.lists.persons', { count: v.persons })}</span>{' '}
          <button className="link danger" disabled={v.persons > 0 || (list === 'gender' && (v.code === 'F' || v.code === 'M'))} onClick={() => void add(() => call('register:deleteValue', { id: v.id }))}>
            {t('common.delete')}
          </button>
        </li>
      ))}
    </ul>
  )
  return (
    <section data-testid="lists-tab">
      <p className="hint">{t('programme.lists.hint')}</p>
      {error && (
        <div className="form-error" role="alert" data-testid="lists-error">
          {error}
        </div>
      )}
      <div className="two-panels">
        <div>
          <h2>{t('programme.lists.kinds')}</h2>
          <ul className="area-list">
            {data.kinds.map((k) => (
              <KindRow key={`${k.id}-${k.name}`} kind={k} run={run} reload={() => void reload()} />
            ))}
          </ul>
          <AddOne label={t('programme.lists.newKind')} testId="kind-new" onAdd={(name) => add(() => call('register:addKinds', { names: [name] }))} />
        </div>
        <div>
          <h2>{t('programme.lists.genders')}</h2>
          {values('gender', data.genders)}
          <AddOne label={t('programme.lists.newGender')} testId="gender-new" onAdd={(code) => add(() => call('register:addValues', { list: 'gender', codes: [code] }))} />
          <h2>{t('programme.lists.ageBands')}</h2>
          {values('ageBand', data.ageBands)}
          <AddOne label={t('programme.lists.newAgeBand')} testId="ageband-new" onAdd={(code) => add(() => call('register:addValues', { list: 'ageBand', codes: [code] }))} />
        </div>
      </div>
    </section>
  )
}
