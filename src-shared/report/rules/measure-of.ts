import { ATTRIBUTE_MEASURES, WORKS_HEADS } from '../words/labels'
import { DELIMS, cleanLabel, nounAfter } from './clause'
import type { Rule, RuleContext, Statement } from './types'

/**
 * A measure of the thing named after 的: `实施总投资11.4亿元的基础设施PPP项目建设` → 基础设施PPP项目总投资,
 * `总投资7亿元的时代广场商业项目开工建设` → 时代广场商业项目总投资. The measure is written before the figure and the
 * thing after it, so the figure is neither the clause's subject nor an attribute to drop. When another figure
 * follows the thing (`投资3.23亿元的拆炉并网工程新接入集中供热面积190万平方米`), the thing is that figure's
 * subject and this one is left to the attributive rule. A count between 的 and the thing counts what the measure
 * sums (`实施总投资5477亿元的330个重点项目` → 重点项目总投资), unless the figure is a bound (`投资超亿元的12个项目`: a class).
 */
const NAME_MAX = 40

/** Where the clause holding offset `from` ends (at most NAME_MAX characters on). */
function clauseEnd(norm: string, from: number): number {
  let k = from
  while (k < norm.length && k - from < NAME_MAX && !DELIMS.has(norm[k] as string)) k++
  return k
}

/** A name up to the last head of a works' name in it (`基础设施PPP项目建设` → 基础设施PPP项目), or whole. */
function upToHead(name: string): string {
  let end = -1
  for (const h of WORKS_HEADS) {
    const at = name.lastIndexOf(h)
    if (at > 0) end = Math.max(end, at + h.length)
  }
  return end > 0 ? name.slice(0, end) : name
}

/** The things a count right after 的 counts (`的330个重点项目` → 重点项目), when it does. */
function countedAfter(st: Statement, norm: string): { start: number; end: number } | null {
  const last = st.tokens[st.tokens.length - 1]
  const count = st.following
  if (!last || !count || count.cls !== 'count' || count.start !== last.end + 1) return null
  return nounAfter(norm, count.end)
}

/** The kind of a whole list closing its last item (`等延链补链项目`, `等一批大项目`). */
const KIND_OF_THE_LIST = /(?<=[\u4e00-\u9fff“”]{2})等(?:一批|一系列)?[\u4e00-\u9fff]{0,8}(?:项目|工程|企业)$/u

/** What joins the items of a list of measured things. */
const ITEM_JOINERS: readonly string[] = ['、', '和', '及']

/**
 * `投资100亿元的甲基地、50亿元的乙中心`: the next item of a list of measured things, its measure written once before the
 * first, has that measure too. Undefined unless the statement before is such an item and only a joiner stands between.
 */
function measureOfItemBefore(st: Statement, ctx: RuleContext): string | undefined {
  const before = ctx.sentence.previousStatement?.drafts[0]
  const first = st.tokens[0]
  if (!before || !first || before.labelSource !== 'noun' || !ITEM_JOINERS.includes(ctx.norm.slice(before.quoteEnd, first.start))) return undefined
  return ATTRIBUTE_MEASURES.find((w) => before.label.endsWith(w) && before.label.length > w.length)
}

export const measureOf: Rule = {
  name: 'measure-of',
  apply(st, ctx) {
    if (st.dropped || st.shape !== 'single') return
    const last = st.tokens[st.tokens.length - 1]
    if (!last || ctx.norm[last.end] !== '的' || (last.cls !== 'money' && last.cls !== 'measure')) return
    const noun = st.tail === 'noun' && !st.nounThenFigure ? st.noun : countedAfter(st, ctx.norm)
    if (!noun) return
    const written = ATTRIBUTE_MEASURES.find((w) => st.pre.subject.endsWith(w))
    const measure = written ?? measureOfItemBefore(st, ctx)
    if (!measure) return
    // 引进投资10亿元以上的企业: a bound makes a class of things, not the size of one; no figure.
    if (last.post !== null || st.pre.qualifier !== null) {
      st.dropped = true
      return
    }
    // The works' name reads on to its head (`伊敏河两岸及城市重点区域亮化照明工程`), past a 及 that ends other nouns.
    const clause = ctx.norm.slice(noun.start, clauseEnd(ctx.norm, noun.start))
    const named = upToHead(clause)
    const whole = cleanLabel(named !== clause ? named : ctx.norm.slice(noun.start, noun.end))
    // (`…、60亿元的乙产业园等延链补链项目`: the list's kind, after 等, closes the whole list, not this item.)
    const thing = written ? whole : whole.replace(KIND_OF_THE_LIST, '')
    if (thing.length < 2) return
    for (const d of st.drafts) {
      d.label = thing + measure
      d.labelSource = 'noun'
      d.quoteStart = written ? st.clauseStart + st.pre.subject.length - measure.length : last.start
      d.quoteEnd = noun.end
    }
  },
}
