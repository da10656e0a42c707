import { createI18n } from 'vue-i18n'
import zhCN from './zh-CN'
import en from './en'

export const LOCALES = ['zh-CN', 'en'] as const
export type Locale = (typeof LOCALES)[number]
const LOCALE_KEY = 'huibao.locale'

/**
 * Each feature keeps its strings in `features/<name>.ts` as `{ 'zh-CN': {...}, en: {...} }` under its
 * own top-level key; they are merged here, so features never edit one shared file.
 */
type FeatureMessages = Record<Locale, Record<string, unknown>>
const features = import.meta.glob<FeatureMessages>('./features/*.ts', { eager: true, import: 'default' })

type Messages = typeof zhCN
function messagesFor(locale: Locale, base: Messages): Messages {
  return Object.values(features).reduce<Messages>((all, feature) => ({ ...all, ...feature[locale] }), { ...base })
}

function savedLocale(): Locale {
  const saved = localStorage.getItem(LOCALE_KEY)
  return (LOCALES as readonly string[]).includes(saved ?? '') ? (saved as Locale) : 'zh-CN'
}

export const i18n = createI18n<[Messages], Locale, false>({
  legacy: false,
  locale: savedLocale(),
  fallbackLocale: 'zh-CN',
  messages: { 'zh-CN': messagesFor('zh-CN', zhCN), en: messagesFor('en', en) },
})

export function setLocale(locale: Locale): void {
  i18n.global.locale.value = locale
  localStorage.setItem(LOCALE_KEY, locale)
  document.documentElement.lang = locale
}
