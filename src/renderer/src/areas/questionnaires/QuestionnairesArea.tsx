import { useI18n } from '../../i18n/I18n'

export function QuestionnairesArea() {
  const { t } = useI18n()
  return (
    <div className="area">
      <h1>{t('nav.questionnaires')}</h1>
    </div>
  )
}
