import { ACTIONS_OF_WORKS, WORKS_HEADS } from '../words/labels'
import { programmeOfClauseBefore } from './programme-before'
import type { Draft, Rule } from './types'

/**
 * Labels that name only the people a programme or a work served: a slide saying `受益群众 3.2万户` says not of what.
 * (A label that names the programme too, `老年助餐补贴受益群众`, is none of these.)
 */
const PEOPLE_SERVED_ALONE: readonly string[] = ['受益群众', '受益人口', '受益农户', '受益人数', '受益人群', '受益群体', '受益户数', '受益居民', '受益村民', '受益学生']

/**
 * `改造老旧小区120个，受益群众3.2万户`, `实施农村饮水安全巩固提升工程86处，受益人口18.4万人`: people counted as served,
 * labelled by themselves alone, were served by the works counted in the clause before them, which the label files name
 * (`老旧小区和棚户区改造受益群众`). Works measured in money or by a rate are no such works (`完成投资12亿元`); without
 * works counted before them in the sentence, a person says whose (待核对).
 */
export const peopleServedAlone: Rule = {
  name: 'people-served-alone',
  apply(st, ctx) {
    if (st.dropped) return
    for (const d of st.drafts) {
      if (!PEOPLE_SERVED_ALONE.includes(d.label)) continue
      // (…集中供水工程839处、分散工程9026处，受益人口382万人: the people of a series are all its items'; a person says.)
      const series = ctx.sentence.previousStatement?.afterListComma === true
      // (开展清洁能源集中供暖试点，受益群众…: with no works counted, the one programme the clause before names.)
      const works = series ? null : worksCounted(ctx.sentence.previous) ?? (programmeOfClauseBefore(st, ctx) || null)
      if (works) {
        d.label = works + d.label
        d.labelSource = 'context'
      } else {
        d.reasons.add('label-vague')
      }
    }
  },
}

/** Endings and openings that make a label name works or a programme (`…工程`, `…活动`, `改造…`, `实施…`). */
const WORKS_ENDINGS: readonly string[] = [...WORKS_HEADS, '活动', '电站', '改造']
const WORKS_OPENINGS: readonly string[] = [...ACTIONS_OF_WORKS, '实施', '维修']

/**
 * The label of the works the previous statement counts or measures (not in money, not as a rate), or null. Only a
 * label that names works (`农村饮水安全巩固提升工程`, `改造老旧小区`) serves people: an area, a count of villages or a
 * state (`房屋征收面积`, `行政村`, `小区居住功能明显提升`) serves none, and the people alone are flagged.
 */
function worksCounted(previous: readonly Draft[]): string | null {
  const last = previous[previous.length - 1]
  if (!last || last.label === '' || PEOPLE_SERVED_ALONE.includes(last.label)) return null
  if (last.token.cls !== 'count' && last.token.cls !== 'measure') return null
  const works = WORKS_ENDINGS.some((w) => last.label.endsWith(w)) || WORKS_OPENINGS.some((w) => last.label.startsWith(w))
  return works ? last.label : null
}
