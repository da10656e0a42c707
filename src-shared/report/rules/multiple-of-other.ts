import type { Rule } from './types'

/**
 * A multiple written against a base right before it (`是…的2.7倍`, `不低于…的1.6倍`, `完成…的2.95倍`): the base, as
 * written between the verb and `的`.
 */
const MULTIPLE_BASE = /(?:是|为|相当于|达到|达|保持在|稳定在|控制在|不低于|不少于|不高于|不超过|高于|低于|超过|完成)([^,，。、;；:：]{1,14})的$/u

/**
 * A base that is the subject's own past: a year (`2010年`), a plan (`“十一五”时期`, `上个五年`), a time before
 * (`五年前`, `上年`, `改革前`, `转型之初`, `获批建区时`) or a total over past years (`过去五年总量`, `历年总和`).
 * A multiple of it is how much the subject grew (the label files' growth in 倍).
 */
const OWN_PAST_BASE =
  /\d{4}年|十[一二三四五六七八九]五|^(?:上一?(?:年|届|个|期|轮)|去年|往年|前[\d一二三四五六七八九十两几]+年|过去|历年|此前|以往|原(?!定|计划))|(?:前|之初|初|末|底|时|期)$|同期|时期|五年/u

/**
 * A multiple of another thing (`城镇居民人均可支配收入是农村居民的2.7倍`, `路网密度是全区平均水平的3.9倍`,
 * `新造林为省定任务的3.4倍`, `特困人员基本生活标准不低于当地最低生活保障标准的1.6倍`): a ratio of two quantities,
 * not a growth of the subject. Its kind is a share (`为2.7倍` on a slide, never `增长2.7倍`), and the label names
 * only one side of the ratio, so a person checks it.
 */
export const multipleOfOther: Rule = {
  name: 'multiple-of-other',
  apply(st, ctx) {
    if (st.dropped || st.shape !== 'single') return
    for (const d of st.drafts) {
      if (d.token.cls !== 'times' || d.kind !== null || (d.token.written ?? '').startsWith('翻')) continue
      const base = MULTIPLE_BASE.exec(ctx.norm.slice(st.clauseStart, d.token.start))?.[1]
      if (base === undefined || OWN_PAST_BASE.test(base)) continue
      d.kind = 'share'
      d.reasons.add('kind-guessed')
    }
  },
}
