import { LIST_HEADS, OWN_PEOPLE_OPENINGS, OWN_SIZE_CLASS_OPENINGS, SECTORS_OWNING_VALUE_ADDED } from '../words/labels'
import { LEVELS_OF_PLACE, PARTS_HEADING_A_LIST } from '../words/places'

/**
 * An owner written once before the first item of a list whose items share a tail, and so every item's:
 *   `甲港国际旅客、国际货物吞吐量`           → 甲港国际旅客吞吐量, 甲港国际货物吞吐量 (the later item opens as the
 *                                            first item's own part does: 国际; what stands before that is the owner)
 *   `城乡居民基本养老保险、基本医疗保险参保人数` → …, 城乡居民基本医疗保险参保人数
 *   `规模以上工业、服务业利润总额`             → …, 规模以上服务业利润总额 (a size class before a sector, for sectors)
 * Only for items that borrowed the last one's tail (so that each is a part of one name): items named whole
 * (`规上工业增加值、工业投资`) stand apart, and the head is the first item's only.
 */

/** A later item that names its own people, place, head or size class is no item of the first one's owner. */
function opensOnItsOwn(item: string): boolean {
  return (
    /^[省市县区乡镇村州旗]/u.test(item) ||
    [...LIST_HEADS, ...OWN_PEOPLE_OPENINGS, ...OWN_SIZE_CLASS_OPENINGS, ...PARTS_HEADING_A_LIST, ...LEVELS_OF_PLACE].some((w) => item.startsWith(w))
  )
}

/** Size classes that bound a sector (`规模以上工业`), longest first. */
const SIZE_CLASSES = ['规模以上', '限额以上', '规上', '限上']

/** `规模以上工业、服务业…`: a size class before a sector, when every later item is a sector alone; else ''. */
function sizeClassOfSectors(first: string, owns: readonly string[]): string {
  const size = SIZE_CLASSES.find((w) => first.startsWith(w))
  if (!size || !SECTORS_OWNING_VALUE_ADDED.includes(first.slice(size.length))) return ''
  return owns.every((x) => SECTORS_OWNING_VALUE_ADDED.includes(x)) ? size : ''
}

/**
 * Where the first item's own part parallel to a later item starts: where the item's opening (two characters) recurs,
 * else where a part as long as the item starts with its first character and ends in its last two (`国内航线` and
 * `国际航线`); -1 when nowhere.
 */
function recurringAt(first: string, item: string): number {
  const opening = first.indexOf(item.slice(0, 2), 2)
  if (opening >= 0) return opening
  const at = first.length - item.length
  return at >= 2 && first[at] === item[0] && first.endsWith(item.slice(-2)) ? at : -1
}

/**
 * `甲港国际旅客` and `国际货物`: the first item's part before where the later item's opening (two characters) recurs in
 * it, the same for every later item; '' when there is none of at least two characters.
 */
function ownerBeforeRecurringOpening(first: string, owns: readonly string[]): string {
  const at = owns.map((x) => (x.length >= 3 ? recurringAt(first, x) : -1))
  const [a] = at
  if (a === undefined || a < 2 || at.some((x) => x !== a)) return ''
  // The first item's own part is of the later items' size (国际旅客 and 国际货物), not a word the owner ends in.
  const part = first.slice(a)
  // (`最多跑一趟`, `一趟不用跑`: a part of two characters is a word the owner's phrase ends in, not a parallel part.)
  return owns.every((x) => part.length >= 3 && Math.abs(part.length - x.length) <= 3) ? first.slice(0, a) : ''
}

/** An item that names a rate or share of its own already. */
const MEASURED_WHOLE = /(?:率|比重|占比|比例)$/u

/**
 * How much of an item's opening the owner opens with already (`城镇` given by the list's head to `城镇基本医疗保险…`,
 * when the owner is `城镇职工`): that much is the owner's, not written twice.
 */
function sharedOpening(owner: string, item: string): number {
  let n = 0
  while (n < owner.length && n < item.length && owner[n] === item[n]) n++
  return n >= 2 ? n : 0
}

export function withOwnerBeforeList(listed: readonly string[], completed: string[]): string[] {
  if (listed.length < 2 || completed.length !== listed.length) return completed
  const first = listed[0] as string
  const done = completed[0] as string
  // The first item borrowed the last one's tail: the items are parts of one name (not a rate or share named whole,
  // `…覆盖率、…床位占比`, given the share word of the last).
  if (!done.startsWith(first) || done.length === first.length || MEASURED_WHOLE.test(first)) return completed
  const tail = done.slice(first.length)
  const last = listed[listed.length - 1] as string
  if (!last.endsWith(tail) || last.length <= tail.length) return completed
  const owns = [...listed.slice(1, -1), last.slice(0, -tail.length)]
  if (owns.some(opensOnItsOwn)) return completed
  const owner = sizeClassOfSectors(first, owns) || ownerBeforeRecurringOpening(first, owns)
  if (owner.length < 2) return completed
  return completed.map((x, k) => (k === 0 || x.startsWith(owner) ? x : owner + x.slice(sharedOpening(owner, x))))
}
