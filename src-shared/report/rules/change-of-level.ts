import { indicatorOf } from '../indicators'
import { CHANGES_OF_A_LEVEL, CHANGES_OF_A_RATE, QUANTITY_ENDINGS } from '../words/labels'
import type { FigureToken } from '../tokens/figures'
import type { Draft, Rule, RuleContext, Statement } from './types'

/** What a level's thing may end with that names its size, not the thing (`经济总量` → 经济). */
const SIZE_AT_END = /(?:总量|规模)$/u
/** What a rate may be written in. */
const RATE_CLASSES: readonly FigureToken['cls'][] = ['pct', 'ppt', 'times', 'rank']
/** Between the level and the change: a qualifier at most (`左右`, `以上`), then the one mark that joins them. */
const RIGHT_AFTER = /^[^,，、;；。:：\d]{0,3}[,，、]\s*$/u

/**
 * A rate or an increment named alone in the clause right after one level of a measured thing is that thing's:
 * `实现生产总值8246.1亿元，增长6.3%，增速比上年提高2.7个百分点` → 生产总值增速, `地区生产总值达13.7万亿元、增长5.8%、增量
 * 全国第一` → 地区生产总值增量. Only after a single figure whose label is an indicator or a quantity (a list before it,
 * `总量和增速均…`, or a clause between, `…增长10%左右，电子信息…加速发展，大数据等增速超过30%`, leave it alone, flagged).
 */
export const changeOfLevel: Rule = {
  name: 'change-of-level',
  apply(st, ctx) {
    if (st.dropped) return
    const changes = st.drafts.filter((d) => d.labelSource === 'subject' && CHANGES_OF_A_LEVEL.includes(d.label))
    const rateChanges = st.drafts.filter((d) => d.labelSource === 'subject' && CHANGES_OF_A_RATE.includes(d.label))
    if (changes.length === 0 && rateChanges.length === 0) return
    const level = figureRightBefore(st, ctx)
    if (!level) return
    // 断面水质优良比例92%，改善幅度全省第二: how far a rate improved is that rate's (a rate in percent, the label naming it).
    if (level.kind === 'share' && level.token.cls === 'pct' && [...level.label].length >= 4) {
      for (const d of rateChanges) if (RATE_CLASSES.includes(d.token.cls)) d.label = level.label + d.label
    }
    if (changes.length === 0) return
    // 占全市生产总值的49.7%，增速…: a share is no level whose change is named.
    if (level.kind === 'share' || level.kind === 'change') return
    if (indicatorOf(level.label) === null && !QUANTITY_ENDINGS.some((w) => level.label.endsWith(w))) return
    const thing = level.label.length > 4 ? level.label.replace(SIZE_AT_END, '') : level.label
    for (const d of changes) {
      // 增速在15个副省级城市中…: a rate is a percentage, a gap or a rank, never a count.
      if (d.label === '增速' && !RATE_CLASSES.includes(d.token.cls)) continue
      d.label = thing + d.label
    }
  },
}

/**
 * The one figure of the statement right before this one in the sentence, when only a qualifier and the mark that joins
 * them stand between (`增长6.3%，增速…`, `卫生厕所4740座，普及率…`), and it has a label; else undefined.
 */
export function figureRightBefore(st: Statement, ctx: RuleContext): Draft | undefined {
  const previous = ctx.sentence.previous
  const figure = previous.length === 1 ? previous[0] : undefined
  return figure?.label && RIGHT_AFTER.test(ctx.norm.slice(figure.token.end, st.clauseStart)) ? figure : undefined
}
