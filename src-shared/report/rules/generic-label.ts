import { GENERIC_LABELS } from '../words/labels'
import type { Rule } from './types'

const NEW_PREFIX = /^(新增|新引进|新签约|新认定|新培育|新建|引进|新)/

/**
 * A generic subject (`总量`, `规模`, `总投资`) names a measure of the sentence's subject:
 * `引进玉商回归项目258个，总投资631亿元` → 玉商回归项目总投资; `新增经营主体6万户，总量达45万户` → 经营主体总量.
 */
export const genericLabel: Rule = {
  name: 'generic-label',
  apply(st, ctx) {
    const subject = ctx.sentence.subject
    if (st.dropped || !subject) return
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject' || !isGeneric(d.label)) continue
      const core = subject.replace(NEW_PREFIX, '')
      d.label = /(总额|总量)$/.test(core) && /^总(量|额)/.test(d.label) ? core : core + d.label
      d.labelSource = 'context'
    }
  },
}

export function isGeneric(label: string): boolean {
  return GENERIC_LABELS.includes(label) || (label.length >= 2 && label.length <= 4 && label.startsWith('总'))
}
