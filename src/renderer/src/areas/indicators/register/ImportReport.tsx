import type { RegisterImportRowError } from '../../../../../shared/ipc/indicators'
import { Modal } from '../../../components/Modal'
import { useI18n } from '../../../i18n/I18n'

/** The rows an import refused, one line each; nothing was imported (imports are all-or-nothing). */
export function ImportReport({ message, rows, onClose }: { message: string; rows: RegisterImportRowError[]; onClose(): void }) {
  const { t } = useI18n()
  return (
    <Modal title={t('reg.import.failedTitle')} onClose={onClose} wide>
      <div data-testid="import-report">
        {/* Main's one-line message already repeats the first rows: the table says it better. */}
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
                <tr key={k}>
                  <td className="num">{r.row}</td>
                  <td>{r.message}</td>
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
