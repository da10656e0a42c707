import { BUILT_BEFORE_COVERAGE, COVERAGE_RATES, UNITS_OF_THINGS_BUILT } from '../words/labels'
import { leadingWord } from '../words/verbs'
import { conjoinedWorks } from './build-action'
import { figureRightBefore } from './change-of-level'
import type { Rule } from './types'

const BUILT_BEFORE = leadingWord(BUILT_BEFORE_COVERAGE)
/** The shortest name of the things a coverage rate is of (`卫生厕所`). */
const THING_MIN = 3

/**
 * A coverage rate named alone right after a count of things is how far those things reach: `新建卫生厕所4740座，普及率
 * 86%` → 卫生厕所普及率, `农村老年日间照料中心达到541个，覆盖率81%` → 农村老年日间照料中心覆盖率 (the deed that built
 * them goes). Only after one count whose things the clause names as its subject; a rate after anything else stays
 * alone, flagged.
 */
export const coverageOfCounted: Rule = {
  name: 'coverage-of-counted',
  apply(st, ctx) {
    if (st.dropped) return
    const rates = st.drafts.filter((d) => d.labelSource === 'subject' && COVERAGE_RATES.includes(d.label))
    if (rates.length === 0) return
    const counted = figureRightBefore(st, ctx)
    if (!counted || counted.kind !== 'count' || counted.labelSource !== 'subject') return
    // 3岁以上人群已接种646.82万人、覆盖率94.05%, 公布…事项清单1035项，覆盖率98.3%: people or items counted are no things
    // built; whose rate it is stays to be said.
    if (!UNITS_OF_THINGS_BUILT.includes(counted.token.unit)) return
    const deed = BUILT_BEFORE.exec(counted.label)?.[0] ?? ''
    // 新建和提升农村卫生户厕: the works joined to the deed go with it.
    const rest = counted.label.slice(deed.length)
    const thing = deed ? rest.slice(conjoinedWorks(rest).length) : rest
    // 农村改（新）建卫生厕所: a deed left inside the name is no name of the things.
    if ([...thing].length < THING_MIN || thing.includes('建')) return
    for (const d of rates) d.label = thing + d.label
  },
}
