import { GENERIC_LABELS, MEASURES_OF_A_HEAD, MEASURES_OF_A_THING, SOWN_AREAS, SUBJECT_MEASURES, WORDS_OPENED_BY_ZONG, YEARLY_GENERIC_MEASURES } from '../words/labels'
import { ADDITIONS_AFTER_A_THING, ADDITIONS_BEFORE_A_TOTAL, leadingWord, trailingWord } from '../words/verbs'
import type { Rule } from './types'

const NEW_PREFIX = leadingWord(ADDITIONS_BEFORE_A_TOTAL)
/** A growth rate ending a subject, with the comparison after it (`增速高于全省`, `增速比全国高`). */
const RATE_OF_THING = /(?:增速|增长率|增幅)(?:(?:高于|低于|快于|慢于|高出|超过|比|较)[^,，。;；]{0,8})?$/
/** 经营主体净增2万户，总量…: an addition written after the thing is no part of what its total measures. */
const ADDED_AFTER = trailingWord(ADDITIONS_AFTER_A_THING)

/**
 * A generic subject (`总量`, `规模`, `总投资`) names a measure of the sentence's subject:
 * `引进玉商回归项目258个，总投资631亿元` → 玉商回归项目总投资; `新增经营主体6万户，总量达45万户` → 经营主体总量.
 */
export const genericLabel: Rule = {
  name: 'generic-label',
  apply(st, ctx) {
    if (st.dropped) return
    const subject = ctx.sentence.subject
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject') continue
      if (isGeneric(d.label)) {
        if (!subject) continue
        // 地区生产总值增速高于全省1个百分点以上，总量达到3800亿元: the total is of the thing, not of its growth.
        // 粮食播种面积…，总产量稳定在167万吨: the crop's output, not the area's.
        const sown = /^总产/.test(d.label) ? SOWN_AREAS.find((w) => subject.endsWith(w) && subject.length > w.length + 1) : undefined
        const core = subject.replace(NEW_PREFIX, '').replace(ADDED_AFTER, '').replace(RATE_OF_THING, '').slice(0, sown ? -sown.length : undefined)
        // 三大改造项目…，完成年度投资… → 三大改造项目投资: the year is the period's business.
        const measure = YEARLY_GENERIC_MEASURES.find(([w]) => w === d.label)?.[1] ?? d.label
        // 旅游接待总人数1.15亿人次、总收入…: a measure of its own (总收入) is of the thing, not of the other measure.
        const own = /^总(量|额)/.test(measure) ? undefined : MEASURES_OF_A_HEAD.filter((m) => core.endsWith(m) && core.length > m.length + 1).sort((a, b) => b.length - a.length)[0]
        const thing = own && own !== measure ? core.slice(0, -own.length) : core
        d.label = /(总额|总量|总值)$/.test(thing) && /^总(量|额)/.test(measure) ? thing : thing + measure
        d.labelSource = 'context'
      } else if (MEASURES_OF_A_THING.includes(d.label)) {
        // 出让矿业权755宗、成交价616.6亿元 → 出让矿业权成交价; 新能源汽车市场渗透率…，保有量… → 新能源汽车保有量.
        // 签约招商引资项目…、签约金额… → 招商引资项目签约金额: the measure names the deed once.
        const named = subject ? thingOf(subject) : ''
        const thing = named.length > 4 && named.slice(0, 2) === d.label.slice(0, 2) ? named.slice(2) : named
        if (thing.length < 2) {
          d.reasons.add('label-vague')
          continue
        }
        // The clause named its measure; completed, it is the subject the next clauses carry (支出…、增长13.4%).
        d.label = thing + d.label
      }
    }
  },
}

/** The thing a subject measures: without the measure it ends with (`新能源汽车市场渗透率` → 新能源汽车). */
function thingOf(subject: string): string {
  const core = subject.replace(NEW_PREFIX, '').replace(ADDED_AFTER, '')
  const measure = SUBJECT_MEASURES.find((m) => core.endsWith(m) && core.length - m.length >= 2)
  return measure ? core.slice(0, -measure.length) : core
}

export function isGeneric(label: string): boolean {
  return GENERIC_LABELS.includes(label) || (label.length >= 2 && label.length <= 4 && label.startsWith('总') && !WORDS_OPENED_BY_ZONG.some((w) => label.startsWith(w)))
}
