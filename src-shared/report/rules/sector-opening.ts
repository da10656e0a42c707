import { INDUSTRY_HEADS, MEASURES_OF_A_SECTOR, SCOPE_PREFIXES, SECTORS_OWNING_VALUE_ADDED } from '../words/labels'
import type { Rule } from './types'

const LONGEST_SECTORS = [...SECTORS_OWNING_VALUE_ADDED].sort((a, b) => b.length - a.length)

/** A park or a zone named after its sector (`工业园区`, `农业产业园`): its figures are the park's, not the sector's. */
const PARK_AFTER = new RegExp(`^(?:${INDUSTRY_HEADS.join('|')}|园|集中区|开发区)`, 'u')

/** The sector a sentence opens with, after a scope word (`全市服务业…`), or null. */
export function sectorOpening(sentence: string): string | null {
  const text = sentence.trimStart()
  const scope = SCOPE_PREFIXES.find((p) => text.startsWith(p)) ?? ''
  const rest = text.slice(scope.length)
  const sector = LONGEST_SECTORS.find((s) => rest.startsWith(s))
  return sector && !PARK_AFTER.test(rest.slice(sector.length)) ? sector : null
}

/**
 * A value added named alone in a later clause of a sentence that opens with a sector is that sector's: `农业发展平稳，增加值
 * 237.52亿元` → 农业增加值, `服务业增速高于工业，增加值增长6.9%` → 服务业增加值 (the sector the sentence is about, not the
 * one it is compared with), `规模以上工业企业1784家，增加值超过700亿元` → 规模以上工业增加值. A sentence that opens
 * otherwise (`深入实施工业强市战略，工业经济…，实现增加值174亿元`) leaves the measure alone, flagged as before.
 */
export const sectorMeasure: Rule = {
  name: 'sector-opening',
  apply(st, ctx) {
    if (st.dropped || st.clauseStart <= ctx.sentence.start) return
    const bare = st.drafts.filter((d) => (d.labelSource === 'subject' || d.labelSource === 'noun') && MEASURES_OF_A_SECTOR.includes(d.label))
    if (bare.length === 0) return
    const sector = sectorOpening(ctx.norm.slice(ctx.sentence.start, st.clauseStart))
    if (!sector) return
    // Still the clause's own subject, completed: a growth after it is of it (`…，增加值237.52亿元，增长1.8%`).
    for (const d of bare) d.label = sector + d.label
  },
}
