import { INNER_ACTIONS } from '../words/labels'
import { cleanLabel } from './clause'
import type { Rule } from './types'

const WORDY_BEFORE_DENG = '高平同对中初超均'
const WORDY_AFTER_DENG = '级次于'

/**
 * The subject of the clause is the label: `全市地区生产总值增长3.3%` → 地区生产总值. An enumeration before 等
 * is dropped (`装备制造、纺织服装等主导产业占…` → 主导产业占…), and an action inside the label goes
 * (`省列重大项目完成投资` → 省列重大项目投资); who did it owns the short items that follow
 * (`省属企业完成产业类投资553.1亿元，研发投入133.5亿元` → 省属企业研发投入).
 */
const OWNED_ITEM_MAX = 4
export const subject: Rule = {
  name: 'subject',
  apply(st, ctx) {
    if (st.dropped || st.drafts.every((d) => d.label !== '')) return
    let raw = st.pre.subject
    let quoteStart = st.clauseStart
    // 举办大型旅游、演艺、体育赛事活动600场: one figure for short items named together, without a verb of
    // their own.
    const items = st.listPre.subject.split('、')
    if (
      st.drafts.length === 1 && st.listStart < st.clauseStart && !st.listPre.respectively && !st.listPre.each &&
      st.pre.verb === null && items.length > 1 && items.every((x) => x.length >= 2 && x.length <= 8) &&
      /^[\u4e00-\u9fff]/.test(st.listPre.subject) && !/^(和|及|与|以及|并)/.test(st.listPre.subject) && !/等/.test(st.listPre.subject)
    ) {
      raw = st.listPre.subject
      quoteStart = st.listStart
    }
    const deng = raw.lastIndexOf('等')
    if (deng > 0 && deng < raw.length - 1) {
      const wordy = WORDY_BEFORE_DENG.includes(raw[deng - 1] as string) || WORDY_AFTER_DENG.includes(raw[deng + 1] as string)
      if (!wordy && (st.clauseStart !== st.listStart || raw.slice(0, deng).includes('、'))) {
        quoteStart = st.clauseStart + deng + 1
        raw = raw.slice(deng + 1)
      }
    }
    let label = cleanLabel(raw)
    let owner: string | undefined
    for (const action of INNER_ACTIONS) {
      const at = label.indexOf(action)
      if (at > 1 && at + action.length < label.length - 1) {
        // 蔬菜基地配套建设共完成投资: an adverb before the action goes with it.
        owner = label.slice(0, at).replace(/(共|累计|合计|全年|当年)$/, '')
        label = owner + label.slice(at + action.length)
      }
    }
    const previous = ctx.sentence.previous[0]
    if (!owner && previous?.owner && label.length > 0 && label.length <= OWNED_ITEM_MAX && !label.startsWith(previous.owner)) {
      owner = previous.owner
      label = owner + label
    }
    // 比上年年初预算增加1800亿元: a comparison base is no subject.
    if (/^(比|较)(上年|去年|同期|年初|\d{4}年)|^(同比|相比)/.test(label)) label = ''
    for (const d of st.drafts) {
      if (d.label !== '') continue
      d.label = label
      d.labelSource = label ? 'subject' : null
      d.quoteStart = quoteStart
      if (owner) d.owner = owner
    }
  },
}
