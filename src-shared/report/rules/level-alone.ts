import { GOVERNMENT_LEVELS } from '../words/places'
import { ADDITIONS_BEFORE_A_TOTAL, leadingWord } from '../words/verbs'
import type { Draft, Rule } from './types'

const LEVEL = `(?:${GOVERNMENT_LEVELS.join('|')})级(?:及?以上)?`
/** A label that is a level of government alone, perhaps after the verb that adds the things (`新增省级`, `国家级`). */
const LEVEL_ALONE = new RegExp(`^([\\u4e00-\\u9fff]{0,3}?)(${LEVEL})$`, 'u')
/** The level inside a label that names its things (`新增国家级技术中心`), and the things after it. */
const LEVEL_THEN_THING = new RegExp(`(${LEVEL})([^、]{2,})$`, 'u')
/** `，其中国家级4家`: the things counted just before, of which some are of the level. */
const PART_OF_BEFORE = /其中[^，,。；;]{0,4}$/u
/** The addition that opens the things just counted (`新增高新技术企业`): it goes before the level. */
const ADDITION = leadingWord(ADDITIONS_BEFORE_A_TOTAL)
/** `拥有各级农业龙头企业64家，其中国家级1家`: the verb of having and the words for every level are the whole's only. */
const OF_THE_WHOLE = /^(?:拥有|共有|现有)?(?:各级|各类)?/u

/**
 * A count labelled by a level of government alone names the things the sentence counts at another level:
 * `新增国家级技术中心1家、省级43家` → 新增省级技术中心; `新增国家级、省级众创空间20家和57家` → 新增国家级众创空间;
 * `新增高新技术企业120家，其中国家级4家` → 国家级高新技术企业 (the part of the things just counted). The things come
 * from a figure of the same unit; where none is written in the sentence (`抓好现代农业产业园建设，创建国家级2个`) the
 * level stays as written, flagged: a person says which things.
 */
export const levelAlone: Rule = {
  name: 'level-alone',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) {
      const alone = LEVEL_ALONE.exec(d.label)
      if (!alone) continue
      const [, verb = '', level = ''] = alone
      const sameUnit = (o: Draft) => o !== d && o.token.unit === d.token.unit
      // The level's things in a figure of the statement (either side) or of the sentence before it, nearest first.
      const donors = [...st.drafts.filter(sameUnit), ...[...ctx.sentence.figures].reverse().filter(sameUnit)]
      const leveled = donors.map((o) => LEVEL_THEN_THING.exec(o.label)?.[2]).find((thing) => thing !== undefined)
      const before = ctx.sentence.figures[ctx.sentence.figures.length - 1]
      const part =
        leveled === undefined && before && sameUnit(before) && !LEVEL_ALONE.test(before.label) && PART_OF_BEFORE.test(ctx.norm.slice(st.clauseStart, d.token.start))
          ? before.label
          : undefined
      if (leveled === undefined && part === undefined) {
        d.reasons.add('label-vague')
        continue
      }
      const added = part === undefined ? '' : (ADDITION.exec(part)?.[0] ?? '')
      d.label = (verb || added) + level + (leveled ?? (part as string).slice(added.length).replace(OF_THE_WHOLE, ''))
      d.labelSource = 'context'
    }
  },
}
