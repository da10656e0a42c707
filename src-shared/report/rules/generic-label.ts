import { GENERIC_LABELS, MEASURE_MODIFIERS, MEASURES_OF_A_HEAD, MEASURES_OF_A_THING, SOWN_AREAS, SUBJECT_MEASURES, WORDS_OPENED_BY_ZONG, YEARLY_GENERIC_MEASURES } from '../words/labels'
import { ADDITIONS_AFTER_A_THING, ADDITIONS_BEFORE_A_TOTAL, CHANGES_OF_OUTPUT, WORKS_EVENTS_AT_END, leadingWord, trailingWord } from '../words/verbs'
import type { Rule } from './types'

/** (Not a verb that opens a list of verbs: `新建、续建工程` keeps both.) */
const NEW_PREFIX = new RegExp(`${leadingWord(ADDITIONS_BEFORE_A_TOTAL).source}(?![、和及与])`)
/** A growth rate ending a subject, with the comparison after it (`增速高于全省`, `增速比全国高`). */
const RATE_OF_THING = /(?:增速|增长率|增幅)(?:(?:高于|低于|快于|慢于|高出|超过|比|较)[^,，。;；]{0,8})?$/
/** 经营主体净增2万户，总量…: an addition written after the thing is no part of what its total measures. */
const ADDED_AFTER = trailingWord(ADDITIONS_AFTER_A_THING)
/** 城市轨道交通新增运营(里程): how the measure is counted, at the end of the thing. */
const MODIFIERS_AT_END = new RegExp(`(?:${MEASURE_MODIFIERS.join('|')})+$`, 'u')

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
      if (SHARE_WITHOUT_PART.test(d.label)) {
        // 服务业增加值…，占GDP比重提高1.2个百分点: the share is of what the sentence is about, named whole.
        const part = subject ? totalOwner(subject).replace(RATE_OF_THING, '') : ''
        // (Not a rate, `…增长速度，占工业总产值比重…`: a share is of an amount.)
        if ([...part].length < 2 || part.includes('占') || /(?:速度|增速|增幅|增长|率)$/u.test(part)) continue
        // (占到全部工业比重的75%: 到 is the verb's, not the name's.)
        d.label = part + d.label.replace(/^占到/u, '占')
        d.labelSource = 'context'
      } else if (isGeneric(d.label)) {
        if (!subject) continue
        // 地区生产总值增速高于全省1个百分点以上，总量达到3800亿元: the total is of the thing, not of its growth.
        // 粮食播种面积…，总产量稳定在167万吨: the crop's output, not the area's.
        const sown = /^总产/.test(d.label) ? SOWN_AREAS.find((w) => subject.endsWith(w) && subject.length > w.length + 1) : undefined
        const core = totalOwner(subject).replace(RATE_OF_THING, '').slice(0, sown ? -sown.length : undefined)
        // 增产8.32亿斤，总产量…, 新开工814个、总投资…: a subject that is only a change or an event names no thing; the
        // total stays as written (flagged as generic unless a later rule finds its owner).
        if (CHANGES_OF_OUTPUT.includes(core) || WORKS_EVENTS_AT_END.includes(core)) continue
        // 三大改造项目…，完成年度投资… → 三大改造项目投资: the year is the period's business.
        const measure = YEARLY_GENERIC_MEASURES.find(([w]) => w === d.label)?.[1] ?? d.label
        // 旅游接待总人数1.15亿人次、总收入…: a measure of its own (总收入) is of the thing, not of the other measure.
        const own = /^总(量|额)/.test(measure) ? undefined : MEASURES_OF_A_HEAD.filter((m) => core.endsWith(m) && core.length > m.length + 1).sort((a, b) => b.length - a.length)[0]
        // 新增高速公路里程57公里、总里程达275公里: a total of the measure the subject ends with is the thing's total, not a
        // measure of that measure (高速公路总里程); with no thing before it (`新增运营里程…，总里程…`) it is flagged.
        const repeated = !own && measure.startsWith('总') && measure.length >= 3 && core.endsWith(measure.slice(1)) ? core.slice(0, -(measure.length - 1)).replace(MODIFIERS_AT_END, '') : undefined
        if (repeated !== undefined && [...repeated].length < 2) continue
        const named = repeated ?? (own && own !== measure ? core.slice(0, -own.length) : core)
        // 实施总投资…的市级重点项目，完成年度投资…: a subject that already ends in the measure (or its total) is the thing
        // with that measure; the measure is written once (市级重点项目投资, never …总投资投资).
        const thing = withoutMeasureAtEnd(named, measure)
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

/** thing without the measure (or its total, 总+measure) it ends with, when something is left before it. */
function withoutMeasureAtEnd(thing: string, measure: string): string {
  for (const end of [`总${measure}`, measure]) {
    if (measure.length >= 2 && thing.endsWith(end) && [...thing].length - [...end].length >= 2) return thing.slice(0, -end.length)
  }
  return thing
}

/** The thing a subject measures: without the measure it ends with (`新能源汽车市场渗透率` → 新能源汽车). */
function thingOf(subject: string): string {
  const core = totalOwner(subject)
  const measure = SUBJECT_MEASURES.find((m) => core.endsWith(m) && core.length - m.length >= 2)
  return measure ? core.slice(0, -measure.length) : core
}

/** What a subject counts, without the additions around it (`新增经营主体` → 经营主体, `市场主体日均净增` → 市场主体). */
export function totalOwner(subject: string): string {
  return subject.replace(NEW_PREFIX, '').replace(ADDED_AFTER, '')
}

export function isGeneric(label: string): boolean {
  return GENERIC_LABELS.includes(label) || (label.length >= 2 && label.length <= 4 && label.startsWith('总') && !WORDS_OPENED_BY_ZONG.some((w) => label.startsWith(w)))
}

/** 占GDP比重, 占全省比重: a share that names the whole but not the part, which the clause before names. */
const SHARE_WITHOUT_PART = /^占[^占,，;；]{1,16}(?:比重|比例)$/u
