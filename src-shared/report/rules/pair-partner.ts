import { CONTRACTED_PAIRS } from '../words/labels'
import type { Draft, Rule } from './types'

/**
 * The partner of a pair word written in full before (`存款`/`贷款`, `进口`/`出口`), with the rest of its label: the
 * head that figure's label had before it (`金融机构人民币`), or null.
 */
function partnerHead(label: string, before: readonly Draft[]): string | null {
  for (const { first, second, opens } of CONTRACTED_PAIRS) {
    // 市/县: a level of government alone is no partner of a figure written before.
    if (opens) continue
    for (const [own, partner] of [[first, second], [second, first]] as const) {
      if (!label.startsWith(own)) continue
      const named = before.findLast((d) => d.label.endsWith(partner + label.slice(own.length)) && d.label.length > label.length)
      if (named) return named.label.slice(0, named.label.length - label.length)
    }
  }
  return null
}

/**
 * `金融机构人民币存款余额4457亿元，贷款余额2476亿元`: a clause whose subject is the partner of a pair (贷款余额 after
 * 存款余额) stands parallel to the figure before that named its partner, and shares the head that figure had.
 */
export const pairPartner: Rule = {
  name: 'pair-partner',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (d.labelSource !== 'subject' || d.label === '') continue
      const head = partnerHead(d.label, ctx.sentence.figures)
      if (head) d.label = head + d.label
    }
  },
}
