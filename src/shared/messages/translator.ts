import i18next, { type i18n as I18nInstance } from 'i18next'
import { localeFormatter } from './formatter'
import { isMsg, type Msg, type MsgParams } from './message'
import { MESSAGES } from './catalog'
import type { Locale } from './locale'

/** Namespace of the services' messages; the window adds its own namespaces (one per area). */
export const MSG_NS = 'msg'

export type Resources = Partial<Record<Locale, Record<string, Record<string, string>>>>

/**
 * An i18next instance for one language, synchronous (resources are bundled, nothing is fetched).
 * Keys are flat ("nav.programme"), so '.' is not a key separator and ':' is not a namespace
 * separator: the namespace is chosen by lookup order (window areas first, then `msg`).
 * A missing key is reported to `onMissing` (tests turn it into a failure) and shows the key itself.
 */
export function createI18next(locale: Locale, extra: Resources = {}, onMissing?: (key: string) => void): I18nInstance {
  const resources: Record<string, Record<string, Record<string, string>>> = {}
  for (const lng of ['it', 'en'] as const) resources[lng] = { ...(extra[lng] ?? {}), [MSG_NS]: MESSAGES[lng] }
  const namespaces = Object.keys(resources[locale])
  const inst = i18next.createInstance()
  inst.use(localeFormatter)
  void inst.init({
    lng: locale,
    fallbackLng: false,
    supportedLngs: ['it', 'en'],
    initAsync: false,
    resources,
    ns: namespaces,
    defaultNS: namespaces[0],
    fallbackNS: namespaces.slice(1),
    keySeparator: false,
    nsSeparator: false,
    returnNull: false,
    returnEmptyString: false,
    saveMissing: !!onMissing,
    missingKeyHandler: onMissing ? (_lngs, _ns, key) => onMissing(key) : undefined,
    interpolation: { escapeValue: false, alwaysFormat: true },
    showSupportNotice: false
  } as Parameters<I18nInstance['init']>[0])
  return inst
}

/** Parameters with nested messages worded first (in the same language). */
export function resolveParams(t: (key: string, params?: MsgParams) => string, params: MsgParams | undefined): Record<string, unknown> {
  const out: Record<string, unknown> = {}
  if (!params) return out
  for (const [k, v] of Object.entries(params)) out[k] = isMsg(v) ? t(v.key, v.params) : v
  return out
}

const cache = new Map<Locale, I18nInstance>()

/** Words a service message in a language (the CLI, logs, exports). */
export function formatMessage(m: Msg, locale: Locale = 'en'): string {
  let inst = cache.get(locale)
  if (!inst) cache.set(locale, (inst = createI18next(locale)))
  const t = (key: string, params?: MsgParams): string =>
    inst.t(key, { ...resolveParams(t, params), ns: MSG_NS } as never) as unknown as string
  return t(m.key, m.params)
}

/** The English sentence of a message, for logs and Error.message. */
export const englishText = (m: Msg): string => formatMessage(m, 'en')
