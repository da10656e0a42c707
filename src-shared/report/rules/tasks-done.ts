import { PRE_QUALIFIERS } from '../words/qualifiers'
import { TASKS_COUNTED_BY, WORKS_GOING_WITH_A_TASK } from '../words/verbs'
import { cleanLabel, lastObjectVerb, predicateAfter } from './clause'
import { withoutExamples } from './examples-before-count'
import type { Rule } from './types'

/**
 * Units that count tasks besides TASKS_COUNTED_BY (`36项`, `15件`), only before matters (`40条首批授权事项`): 个 and 条
 * count things as well (`11个村屯…建设任务`, `5条试点线建设任务`); articles of a policy (`20条措施`) are names
 * (rules/policy-articles.ts).
 */
const UNITS_OF_TASKS: Readonly<Record<string, RegExp>> = { 条: /事项$/, 个: /事项$/ }
const QUALIFIER_AT_END = new RegExp(`(?:${PRE_QUALIFIERS.map(([w]) => w).sort((a, b) => b.length - a.length).join('|')})$`, 'u')

/** What a government sets itself to carry out and then reports done: the noun after the count ends in one. */
const TASKS = /(?:任务|实事|事项|举措|措施)$/
/** How the tasks were carried out, up to the end of the clause: an adverb at most, then the verbs of doing them. */
const DONE =
  /^(?:全面|全部|基本|如期|按期|顺利|圆满|提前|已经|已|均|扎实|有序|稳步|务实|高效|有效)?(?:完成|兑现|办结|落实|落地|推进|实施|见效)+$/
/** How far the predicate may run to the end of the clause. */
const DONE_MAX = 8
/** A count before the tasks' own. */
const COUNT_BEFORE = /[\d一二三四五六七八九十两]+(?:大?[项件条个类]|个?方面)/
/** When, at the head of the name: the year's tasks are the tasks (`年度36项重点改革任务` → 重点改革任务). */
const TIMES = /^(?:年度|全年|今年|去年|年初|当年)/

/**
 * Tasks counted and reported done: `“夏季攻势”297项任务全面完成` → 夏季攻势任务, `年度36项重点改革任务扎实推进` →
 * 重点改革任务, `省政府承诺的15件民生实事全部兑现` → 民生实事. A name before the count says which tasks (a campaign, a
 * programme, whose); it is no owner of an amount the count would describe, as a size before works is
 * (rules/attributive.ts). A relative clause before it (`…承诺的`) and the year go; a verb before the count makes the
 * tasks its object, read by number-before-noun.
 */
export const tasksDone: Rule = {
  name: 'tasks-done',
  apply(st, ctx) {
    const first = st.tokens[0]
    if (st.dropped || st.tail !== 'noun' || !st.noun || st.tokens.length !== 1 || first?.cls !== 'count') return
    const noun = ctx.norm.slice(st.noun.start, st.noun.end)
    const unitOfTasks = TASKS_COUNTED_BY.includes(first.unit) || UNITS_OF_TASKS[first.unit]?.test(noun) === true
    // 98项重点工作中的民生实事: a noun with 的 inside is read by number-before-noun (the count is of its head).
    if (!unitOfTasks || !TASKS.test(noun) || /[\d的]/.test(noun)) return
    // 5条试点线建设任务: the works the task is of are what is counted.
    if (WORKS_GOING_WITH_A_TASK.some((w) => noun.replace(TASKS, '').endsWith(w))) return
    const predicate = predicateAfter(ctx.norm, st.noun.end, DONE_MAX)
    if (!DONE.test(predicate)) return
    const before = ctx.norm.slice(st.clauseStart, first.start)
    if (lastObjectVerb(before)) return
    // 甲等10件民生实事: examples of the tasks; 5个点位36项重点任务: a count of categories right before is no name.
    const categories = ctx.sentence.droppedEnd === first.start
    // 近1200项重点改革事项: the qualifier right before the number is the figure's, no part of the name.
    const lead = before.trimEnd().replace(QUALIFIER_AT_END, '')
    const own = categories ? '' : ownItem(withoutExamples(lead))
    // 10个方面28项攻坚任务, 十项民生工程58件民生实事: a count before the count (of categories, of a programme) is read
    // elsewhere or not at all; a count inside a quoted name is part of it (`“高效办成一件事”21项重点任务`).
    if (COUNT_BEFORE.test(own.replace(/“[^”]*”/g, ''))) return
    const name = nameOfTasks(own.slice(own.lastIndexOf('的') + 1).replace(TIMES, ''))
    // The noun as written (`首批授权事项`): only the name before it is read for words that are no part of it.
    const label = name + noun.replace(/[“”"]/g, '')
    for (const d of st.drafts) {
      d.label = label
      d.labelSource = 'noun'
      d.quoteEnd = st.noun.end + predicate.length
    }
    // 297项任务全面完成 with no name: tasks alone say too little to stand on a slide.
    if ([...label].length <= 2) st.silent = true
  },
}

/** The name before the count, read for words no part of it; what the tasks are for stays (`为民办` → 为民办实事). */
function nameOfTasks(name: string): string {
  return name.startsWith('为') && [...name].length >= 3 ? name : cleanLabel(name)
}

/** A bare scope (`市` of `民生工程和市10件民生实事`). */
const SCOPE = /^[省市县区州]?$/

/**
 * The words before the count that belong to the tasks counted: after a joiner, when the item before it is another's
 * (`民生工程和市10件民生实事` → 市, `六方面体制机制创新和100项重点改革任务` → ''); one name otherwise (`市直部门和单位`).
 */
function ownItem(words: string): string {
  const at = Math.max(...['和', '及', '与', '、'].map((j) => words.lastIndexOf(j)))
  if (at < 0) return words
  const rest = words.slice(at + 1)
  return SCOPE.test(rest) || COUNT_BEFORE.test(words.slice(0, at)) ? rest : words
}
