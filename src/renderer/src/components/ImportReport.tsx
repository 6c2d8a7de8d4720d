import type { ImportRowError } from '../../../shared/ipc/indicators'
import type { Msg } from '../../../shared/messages'
import { Modal } from './Modal'
import { useI18n } from '../i18n/I18n'

/** The rows an import refused, one line each, worded in the interface language; nothing was imported. */
export function ImportReport({ message, rows, onClose }: { message: string; rows: ImportRowError[]; onClose(): void }) {
  const i18n = useI18n()
  const { t } = i18n
  return (
    <Modal title={t('reg.import.failedTitle')} onClose={onClose} wide>
      <div data-testid="import-report">
        {/* Main's one-line message already repeats the first row: the table says it better. */}
        <p className="form-error">{rows.length > 0 ? t('reg.import.rowsWithErrors', { n: rows.length }) : message}</p>
        <p className="hint">{t('reg.import.nothingImported')}</p>
        {rows.length > 0 && (
          <table className="grid compact">
            <thead>
              <tr>
                <th scope="col" className="num">
                  {t('reg.import.row')}
                </th>
                <th scope="col">{t('reg.import.problem')}</th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r, k) => (
                <tr key={k} data-testid="import-report-row">
                  <td className="num">{r.row}</td>
                  <td>{r.problems.map((p) => i18n.msg(p as Msg)).join('; ')}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
        <div className="form-actions">
          <button className="primary" onClick={onClose}>
            {t('error.dismiss')}
          </button>
        </div>
      </div>
    </Modal>
  )
}
