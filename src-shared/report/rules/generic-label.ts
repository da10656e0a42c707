import { GENERIC_LABELS, MEASURES_OF_A_THING, SUBJECT_MEASURES } from '../words/labels'
import type { Rule } from './types'

const NEW_PREFIX = /^(新增|净增|累计新增|新登记|新注册|新引进|新签约|新认定|新培育|新建|引进|签约)/
/** 经营主体净增2万户，总量…: an addition written after the thing is no part of what its total measures. */
const ADDED_AFTER = /(?<=..)(新增|净增)$/

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
        const core = subject.replace(NEW_PREFIX, '').replace(ADDED_AFTER, '')
        d.label = /(总额|总量)$/.test(core) && /^总(量|额)/.test(d.label) ? core : core + d.label
        d.labelSource = 'context'
      } else if (MEASURES_OF_A_THING.includes(d.label)) {
        // 出让矿业权755宗、成交价616.6亿元 → 出让矿业权成交价; 新能源汽车市场渗透率…，保有量… → 新能源汽车保有量.
        const thing = subject ? thingOf(subject) : ''
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
  return GENERIC_LABELS.includes(label) || (label.length >= 2 && label.length <= 4 && label.startsWith('总'))
}
