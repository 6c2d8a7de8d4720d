import { useId, type ReactElement, type ReactNode } from 'react'

/** A label and its control on one row of a form grid; the control gets the label's id. */
export function Field({ label, children, hint, wide }: { label: string; children: (id: string) => ReactElement; hint?: ReactNode; wide?: boolean }) {
  const id = useId()
  return (
    <>
      <label htmlFor={id}>{label}</label>
      <div className={wide ? 'field wide' : 'field'}>
        {children(id)}
        {hint && <div className="hint">{hint}</div>}
      </div>
    </>
  )
}

/** A row of a form grid whose control is a group (checkboxes, chips) rather than one input. */
export function GroupField({ label, children, wide }: { label: string; children: ReactNode; wide?: boolean }) {
  return (
    <>
      <span className="group-label">{label}</span>
      <div className={wide ? 'field wide' : 'field'}>{children}</div>
    </>
  )
}
