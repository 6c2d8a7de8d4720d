import { defineMessages } from './define'

/**
 * Privacy (issue 17): pseudonymisation, identifiers, the key, the shareable copy, erasure and
 * encryption at rest. Messages never quote the personal data they are about beyond what the user
 * typed themselves.
 */
export const privacy = defineMessages({
  en: {
    'privacy.ruleEmpty': 'A rule needs a text.',
    'privacy.ruleTooLong': 'A rule is at most {{limit}} characters.',
    'privacy.badKind': 'Unknown kind "{{kind}}": use one of {{kinds}}.',
    'privacy.ruleNotFound': 'No privacy rule for "{{text}}".',
    'privacy.sourceNotFound': 'Source not found: {{source}}',
    'privacy.badStyle': 'Unknown surrogate style "{{style}}": use label or realistic.',
    'privacy.badLanguage': 'Unknown label language "{{language}}": use it or en.',
    'privacy.hitGone': 'The candidate {{hit}} is no longer in the preview (the rules or the key changed): preview again.',
    'privacy.anchorBroken': 'In "{{source}}" the coding at {{start}}–{{end}} does not match its text: run "anchors" and repair it before pseudonymising.',
    'privacy.anchorNotCarried': 'The coding at {{start}}–{{end}} of "{{source}}" could not be carried over to the pseudonymised text: nothing was changed.',
    'privacy.originalNotFound': 'No kept original for "{{source}}".',
    'privacy.cli.previewOrAccept': 'Say what to do: --preview, --accept all|suggested or --destroy-originals. Usage: esiti {{usage}}',
    'privacy.cli.badOriginal': 'Unknown --original "{{value}}": use keep or destroy.',
    'privacy.cli.previewTotal_one': '{{count}} candidate (+ proposed, ? to review)',
    'privacy.cli.previewTotal_other': '{{count}} candidates (+ proposed, ? to review)',
    'privacy.cli.replacedIn_one': '{{count}} replacement',
    'privacy.cli.replacedIn_other': '{{count}} replacements',
    'privacy.cli.applied_one': '{{count}} replacement in {{sources}} source(s): each is a new version, the original is kept hidden unless destroyed.',
    'privacy.cli.applied_other': '{{count}} replacements in {{sources}} source(s): each is a new version, the original is kept hidden unless destroyed.',
    'privacy.cli.destroyed_one': '{{count}} original destroyed; the file was compacted.',
    'privacy.cli.destroyed_other': '{{count}} originals destroyed; the file was compacted.',
    'privacy.cli.ruleUsage': 'Usage: esiti privacy rules add PROJECT TEXT (--always | --never) [--kind K], or privacy rules remove PROJECT TEXT.'
  },
  it: {
    'privacy.ruleEmpty': 'Una regola deve avere un testo.',
    'privacy.ruleTooLong': 'Una regola è lunga al massimo {{limit}} caratteri.',
    'privacy.badKind': 'Tipo sconosciuto "{{kind}}": usa uno tra {{kinds}}.',
    'privacy.ruleNotFound': 'Nessuna regola di riservatezza per "{{text}}".',
    'privacy.sourceNotFound': 'Fonte non trovata: {{source}}',
    'privacy.badStyle': 'Stile di sostituzione sconosciuto "{{style}}": usa label o realistic.',
    'privacy.badLanguage': 'Lingua delle etichette sconosciuta "{{language}}": usa it o en.',
    'privacy.hitGone': 'Il candidato {{hit}} non è più nell’anteprima (sono cambiate le regole o la chiave): ripeti l’anteprima.',
    'privacy.anchorBroken': 'In "{{source}}" la codifica a {{start}}–{{end}} non corrisponde al testo: esegui "anchors" e correggila prima di pseudonimizzare.',
    'privacy.anchorNotCarried': 'La codifica a {{start}}–{{end}} di "{{source}}" non si è potuta riportare sul testo pseudonimizzato: non è stato cambiato nulla.',
    'privacy.originalNotFound': 'Nessun originale conservato per "{{source}}".',
    'privacy.cli.previewOrAccept': 'Indica cosa fare: --preview, --accept all|suggested oppure --destroy-originals. Uso: esiti {{usage}}',
    'privacy.cli.badOriginal': '--original "{{value}}" sconosciuto: usa keep o destroy.',
    'privacy.cli.previewTotal_one': '{{count}} candidato (+ proposto, ? da valutare)',
    'privacy.cli.previewTotal_other': '{{count}} candidati (+ proposti, ? da valutare)',
    'privacy.cli.replacedIn_one': '{{count}} sostituzione',
    'privacy.cli.replacedIn_other': '{{count}} sostituzioni',
    'privacy.cli.applied_one': '{{count}} sostituzione in {{sources}} fonte/i: ognuna è una nuova versione, l’originale resta nascosto finché non lo distruggi.',
    'privacy.cli.applied_other': '{{count}} sostituzioni in {{sources}} fonte/i: ognuna è una nuova versione, l’originale resta nascosto finché non lo distruggi.',
    'privacy.cli.destroyed_one': '{{count}} originale distrutto; il file è stato compattato.',
    'privacy.cli.destroyed_other': '{{count}} originali distrutti; il file è stato compattato.',
    'privacy.cli.ruleUsage': 'Uso: esiti privacy rules add PROGETTO TESTO (--always | --never) [--kind TIPO], oppure privacy rules remove PROGETTO TESTO.'
  }
})
