import { WHOLES_OF_A_SHARE } from '../words/labels'
import { cleanLabel } from './clause'
import { isGeneric } from './generic-label'
import { completeItems, listItems } from './list-pairing'
import type { Rule } from './types'

const BASE_SCOPE = new RegExp(`占(${WHOLES_OF_A_SHARE.join('|')})(的)?$`)
/** A part and the whole it is a share of, both named (`民生支出占一般公共预算支出`); not 占用, 占有, 占地. */
const SHARE_WRITTEN_OUT = /^[^占\d\s]{2,}占(?![用有比]|地(?!区))[^占\d\s]{2,}$/u
const ABOUT_A_SHARE = /约(?=占)/u
/** The part a share label opens with before 占 (`总量占…`). */
const GENERIC_PART = /^([^占]{2,3})(?=占)/u
const SHARE_ENDING = /(比重|比例|份额|率|比)$/u

/**
 * A share written with 占: `对共建“一带一路”国家投资占50%以上` → …投资占比; `工业机器人产量…占全国44%` →
 * 工业机器人产量占全国比重; `民生投入占公共财政预算支出的80.6%` → …支出比重; a clause with no subject of its own
 * (`…，占全市比重61%`) is a share of the sentence's subject. Always a share.
 */
export const shareOf: Rule = {
  name: 'share-of',
  apply(st, ctx) {
    if (st.dropped) return
    // 煤炭产量约占全国的1/4: 约 bounds the share; it is no part of what is measured.
    if (ABOUT_A_SHARE.test(st.pre.subject)) {
      st.pre.qualifier ??= '约'
      for (const d of st.drafts) d.label = d.label.replace(ABOUT_A_SHARE, '')
    }
    // 实际使用外资增长12.2%，总量占全省50.5%: a generic part (总量, 规模) is the sentence's subject's.
    const subject = ctx.sentence.subject
    const owner = subject && !isGeneric(subject) ? subject : null
    if (owner) {
      for (const d of st.drafts) {
        const generic = GENERIC_PART.exec(d.label)?.[1]
        if (d.labelSource !== 'subject' || !generic || !isGeneric(generic)) continue
        // (Still the clause's own share, named: 比重 is added below as for any share written out.)
        d.label = owner + d.label.slice(generic.length)
      }
    }
    const raw = st.pre.subject.replace(ABOUT_A_SHARE, '')
    const scope = BASE_SCOPE.exec(raw)
    // 园区经济总量2586亿元，占全市比重61%: a share clause of its own is a share of the sentence's subject.
    if (st.pre.verbWord !== '占' && !scope) {
      // 民生支出占一般公共预算支出的80.6%: a share of a whole written out is named as its share (…比重), as 27 of
      // the 36 such labels of the label files are.
      for (const d of st.drafts) {
        if (d.token.cls !== 'pct' || d.labelSource !== 'subject' || !SHARE_WRITTEN_OUT.test(d.label) || SHARE_ENDING.test(d.label)) continue
        d.kind = 'share'
        // (占到全国市场的29%: 到 is the verb's, not the name's.)
        d.label = `${d.label.replace('占到', '占')}比重`
      }
      const subject = ctx.sentence.subject
      if (!subject) return
      for (const d of st.drafts) {
        if (d.token.cls !== 'pct' || !d.label.startsWith('占') || d.labelSource !== 'subject') continue
        d.kind = 'share'
        d.label = `${subject}${d.label}${/(比重|占比|比例)$/.test(d.label) ? '' : '比重'}`
        d.labelSource = 'context'
      }
      return
    }
    // The list reaches back over 、 (st.listPre), where the clause's own subject stops.
    const listScope = BASE_SCOPE.exec(st.listPre.subject)
    const paired = scope && listScope ? listedShares(st.listPre.subject.slice(0, listScope.index), st.drafts.length) : null
    // 甲、乙和丙产品出口均占全国的…: one share written once after 均 (都, 双双) is the share of each item.
    const each = scope && !paired && st.drafts.length === 1 ? sharesOfEach(raw.slice(0, scope.index)) : null
    const [one] = st.drafts
    if (each && one && one.token.cls === 'pct' && one.labelSource !== 'noun') {
      st.drafts = each.map((item) => ({ ...one, kind: 'share', label: `${item}占${scope?.[1] ?? ''}比重`, labelSource: 'list-completed', reasons: new Set(one.reasons) }))
      // (Past two items, where the tail they borrow begins is a guess: for the user to check.)
      if (each.length > 2) for (const d of st.drafts) d.reasons.add('label-from-list')
      return
    }
    st.drafts.forEach((d, k) => {
      // 占全省21.1%的GDP: the noun after the share named it (share-before-noun).
      if (d.token.cls !== 'pct' || d.labelSource === 'noun') return
      d.kind = 'share'
      if (scope && paired) {
        d.label = `${paired[k] as string}占${scope[1]}比重`
        d.labelSource = 'list-completed'
      } else if (scope) {
        const written = cleanLabel(raw.slice(0, scope.index))
        const own = (written && !(owner && isGeneric(written)) ? written : ctx.sentence.subject) || ''
        if (!own) return
        d.label = `${own}占${scope[1]}比重`
        d.labelSource = written ? 'subject' : 'context'
      } else if (d.label && !/(比重|占比|比例)$/.test(d.label)) {
        d.label = `${d.label}占比`
      }
    })
  },
}

/**
 * `专利申请量及授权量分别占全省40%、45%`: a list before 分别占 names one share per value, in order; null when the
 * items do not pair with the values.
 */
function listedShares(written: string, values: number): string[] | null {
  const before = RESPECTIVELY.exec(written)
  if (!before || values < 2) return null
  const items = listItems(before[1] as string, values).map(cleanLabel).filter((x) => x.length > 0)
  return items.length === values ? completeItems(items) : null
}
const RESPECTIVELY = /^(.+?)分别$/u

/** A list written before 均, 都 or 双双 (the adverbs of each). */
const EACH_AFTER_LIST = /^(.*[、和及与].*?)(?:均|都|双双)$/u

/**
 * `甲、乙和丙租赁资产均占全国的80%以上`: a list, then 均 (都, 双双) before 占, names one share for each item, the tail of
 * the last completing the earlier ones (甲租赁资产); null when no such list is written.
 */
function sharesOfEach(written: string): string[] | null {
  const m = EACH_AFTER_LIST.exec(written)
  if (!m) return null
  const items = listItems(m[1] as string, 1, true).map(cleanLabel).filter((x) => x.length > 0)
  return items.length > 1 ? completeItems(items) : null
}
