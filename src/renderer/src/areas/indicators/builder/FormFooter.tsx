import type { ReactNode } from 'react'

/** The buttons of a long form, kept in view at the bottom with main's message above them. */
export function FormFooter({ error, testId, children }: { error: string | null; testId?: string; children: ReactNode }) {
  return (
    <div className="form-footer">
      {error && (
        <div className="form-error" role="alert" data-testid={testId}>
          {error}
        </div>
      )}
      <div className="form-actions">{children}</div>
    </div>
  )
}
