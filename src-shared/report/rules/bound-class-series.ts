import { itemBefore } from './carry-subject'
import type { Rule } from './types'

/**
 * A class of things by a bound on their size (`超50亿元项目`, `过十亿元企业`): the bound, then the things. Digits of any width
 * (labels keep the report's own until the end).
 */
const BOUNDED_CLASS = /^(超|过)[\p{Nd}.．一二两三四五六七八九十百千万亿]+\P{Nd}*?[元亿万]+(.+)$/u

/**
 * A series of classes of things by their size shares what the first names before its bound: `引进投资超10亿元项目71个、超50亿元
 * 项目8个` → 投资超50亿元项目, `新增超百亿企业2家、超200亿企业1家` → 新增超200亿企业 (the label files do so every time, 4/0).
 * Only right after the item before, across a 、, and only for the same things or a kind of them before.
 */
export const boundClassSeries: Rule = {
  name: 'bound-class-series',
  apply(st, ctx) {
    if (st.dropped) return
    const before = itemBefore(st, ctx)
    if (!before) return
    for (const d of st.drafts) {
      const own = BOUNDED_CLASS.exec(d.label)
      if (!own || (d.labelSource !== 'subject' && d.labelSource !== 'noun')) continue
      const bound = before.label.indexOf(own[1] as string)
      if (bound < 1) continue
      const theirs = BOUNDED_CLASS.exec(before.label.slice(bound))
      // 主营业务收入过2亿元龙头企业5家、过亿元企业15家: things of which the first item's are a kind (龙头企业 of 企业) are
      // measured the same way.
      if (!theirs || !(theirs[2] as string).endsWith(own[2] as string)) continue
      d.label = before.label.slice(0, bound) + d.label
    }
  },
}
