import { ADDITIONS_BEFORE_A_NAMED_TOTAL, ADDITIONS_BEFORE_A_TOTAL, DEFINING_VERBS } from '../words/verbs'
import { isGeneric } from './generic-label'
import type { Pre } from './clause'
import type { Draft } from './types'

/**
 * The addition a label holds (`新增企业`, `经营主体净增`, `新获批…`): a defining verb at either end, or a longer verb of
 * adding inside it. Undefined when it holds none.
 */
export function additionIn(label: string): string | undefined {
  return DEFINING_VERBS.find((v) => label.startsWith(v) || label.endsWith(v)) ?? ADDITIONS_BEFORE_A_TOTAL.filter((v) => v.length > 2).find((v) => label.includes(v))
}

/**
 * The label of the things' total after their addition: the things alone (`新增企业` → 企业, `国家重点实验室新增` →
 * 国家重点实验室), and after 净增 their 总量 (ADDITIONS_BEFORE_A_NAMED_TOTAL). Null when the label holds no addition.
 */
export function totalOfAddition(label: string): string | null {
  const added = additionIn(label)
  if (!added) return null
  const things = label.replace(added, '')
  if ([...things].length < 2) return null
  return things + (ADDITIONS_BEFORE_A_NAMED_TOTAL.includes(added) ? '总量' : '')
}

/** What a clause of totals may say before its values: 累计, 总数, 总量 (with 分别, 达到… read off already). */
const TOTAL_WORDS = /(?:累计|总数|总量|总计|合计|共计?)/u

/**
 * `甲、乙分别新增20家、30家，累计分别达到200家、300家` (or `总数分别达到…`, `总量达到…`): values of a clause that states a
 * level, right after as many additions, are the totals of the things added, in order, never more of the additions:
 * each is the things alone (甲, 乙), or the things and the total word the clause writes (甲总数). Null when the clause is
 * no such total, or the figures before are not all additions of the same kind of value.
 */
export function totalsOfAdditions(pre: Pre, subject: string, values: readonly Draft[], previous: readonly Draft[]): string[] | null {
  if (values.length < 2 || previous.length !== values.length) return null
  const level = pre.verb === 'level' || (pre.verb === null && pre.qualifier !== null) || TOTAL_WORDS.test(pre.subject)
  if (!level) return null
  // (A subject that names a thing of its own is no total of the things before.)
  if (subject !== '' && !isGeneric(subject)) return null
  if (!values.every((d, k) => d.token.cls === previous[k]?.token.cls && (d.token.cls === 'count' || d.token.cls === 'money' || d.token.cls === 'measure'))) return null
  const totals = previous.map((d) => totalOfAddition(d.label))
  if (totals.some((t) => t === null) || new Set(totals).size !== totals.length) return null
  // (After 净增 the things' 总量 gives way to the total word the clause writes: 总数.)
  return (totals as string[]).map((t) => (subject === '' ? t : t.replace(/总量$/u, '') + subject))
}
