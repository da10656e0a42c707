import { RATE_ENDINGS } from './counted-rate'
import { labelTimesListed } from './parts-of-year-listed'
import { ACTIONS_OF_WORKS, CONTRACTED_SECOND_CHARACTERS, NOUNS_OPENED_BY_BUILD_VERB, CLAUSE_OPENERS, GROWTH_WORDS, LIST_HEADS, LIST_HEADS_OF_ANY_MEASURE, OWN_PEOPLE_OPENINGS, SUBSTANCES, LIST_PREPOSITIONS, WORDS_OPENED_BY_A_PREPOSITION, COMPARISONS_OF_A_HEAD, MEASURES_OF_A_HEAD, QUANTITY_ENDINGS, SHARE_TAILS, SHARED_TAIL_OPENERS, SHARE_MEASURES, CONTRACTED_PAIRS, OPENERS_AN_ITEM_ENDS_AS, OWN_SIZE_CLASS_OPENINGS, SCOPE_PREFIXES, SECTOR_MEASURE, SECTORS_OWNING_VALUE_ADDED } from '../words/labels'
import { indicatorOf } from '../indicators'
import { COUNTED_INDICATOR_NOUNS } from '../words/counted-lists'
import { THRESHOLD_AMOUNT } from '../tokens/figures'
import { CENTRAL_TOWNS, LEVELS_OF_PLACE, PARTS_HEADING_A_LIST } from '../words/places'
import { CUT_VERBS, DEFINING_VERBS, NAMING_BUILD_VERBS } from '../words/verbs'
import { CLAUSE_ENDS, cleanLabel, clauseBefore, clauseStart, type Pre } from './clause'
import { isGeneric } from './generic-label'
import { rankOverList } from './rank-over-list'
import { parallelLastCharacter } from './parallel-last-character'
import { ownersSharingMeasure } from './owners-sharing-measure'
import { ownerOfItsOwnKind } from './owner-of-its-own-kind'
import { withOwnerOfFamily } from './owner-of-family'
import { withHeadOfFirst } from './head-of-first'
import { withoutCountOfList } from './count-of-listed-places'
import { totalsOfAdditions } from './total-of-additions'
import { withOwnerBeforeList } from './owner-before-list'
import { ownPartOfKind } from './own-part-of-kind'
import { modifiersSharingHead } from './modifiers-sharing-head'
import type { Draft, Rule, RuleContext, Statement } from './types'

/**
 * Lists: several subjects, several values, paired in order.
 *   `国内游客和旅游收入分别增长44.2%、32.7%`        → 国内游客 44.2, 旅游收入 32.7
 *   `先进制造业、高技术制造业增加值占…比重分别…`    → the last item's tail (增加值占…比重) completes the first
 *   `城镇、农村居民人均可支配收入分别增长3.4%、5.2%` → 城镇居民…, 农村居民…
 *   `存、贷款余额分别突破1.5万亿元、1.4万亿元`      → 存款余额, 贷款余额
 *   `城乡居民人均可支配收入分别增长7%和8.5%`        → 城镇居民…, 农村居民… (and 存贷款余额 → 存款余额, 贷款余额)
 *   `工业、制造业、工业技改投资分别增长9.4%、13.3%` → 工业投资, 制造业投资 (the tail, not 技改投资)
 *   `国内游客人次、总花费增长5.6%、7.5%`            → 国内游客人次, 国内游客总花费 (a measure takes the head)
 *   `A、B均增长8%`                                → one value for each subject
 *   `…17.52亿人次、…1.27万亿元，分别增长32.9%、41.6%` → a list without subjects takes the previous figures'
 * A qualifier before the first value or after the last covers every value that has none of its own
 * (`分别超过2%、5%`, `分别增长5%、6.5%左右`).
 */

/**
 * Split a subject into list items: on 、 when it has one (so 文化及相关产业 stays whole), else on 和/及/与. Given
 * how many values the list pairs with, a list written `A、B和C` (、 between all but the last two) splits its last
 * item on its joiner too, when that gives one item per value.
 */
/** What joins two items (not the 及 of 普及, 涉及 or 及时). */
const ITEM_JOINER = /以及|和|(?<![普涉])及(?!时)|与/u

/**
 * `一、二、三产业增加值`, `第一、二、三产业`, `一二三产业增加值`, `二、三产业`, `三次产业增加值`: the sectors by their ordinals, each named as
 * the genre names it alone (第一产业增加值; with 产 alone as written, 一产增加值). Null when the subject is no such list.
 */
const SECTOR_ORDINALS = /^第?([一二三])(?:[、和及与]第?)?([一二三])(?:(?:[、和及与]第?)?([一二三]))?(产业|产)(.*)$/u

function sectorItems(subject: string): string[] | null {
  const opener = CLAUSE_OPENERS.find((w) => w.length > 1 && subject.startsWith(w))
  const opened = opener ? subject.slice(opener.length).replace(/^[,，]/, '') : subject
  // (全市一二三产…: the scope says where, and goes as it does from any label.)
  const scope = SCOPE_PREFIXES.find((w) => opened.startsWith(w))
  const own = scope ? opened.slice(scope.length) : opened
  // 三次产业增加值分别…: the three sectors in order.
  // (三次产业分别增长…: what the three measure is their value added.)
  if (own.startsWith('三次产业')) return ['一', '二', '三'].map((o) => `第${o}产业${own.slice(4) || SECTOR_MEASURE}`)
  const m = SECTOR_ORDINALS.exec(own)
  if (!m) return null
  const [, a, b, c, sector = '', rest = ''] = m
  const ordinals = [a, b, c].filter((x): x is string => x !== undefined)
  if (new Set(ordinals).size !== ordinals.length) return null
  // (一二三产分别完成…: the sectors' value added, named in full.)
  if (sector === '产' && rest === '') return ordinals.map((o) => `第${o}产业${SECTOR_MEASURE}`)
  return ordinals.map((o) => (sector === '产业' ? `第${o}产业${rest}` : `${o}产${rest}`))
}

export function listItems(subject: string, values?: number, each = false): string[] {
  return withoutCountOfList(itemsListed(subject, values, each))
}

function itemsListed(listed: string, values?: number, each = false): string[] {
  // 甲、乙、丙等“新三样”出口: a name in quotes after the 等 closing a list names the whole list, no item; each item keeps
  // its own name and the tail after the quotes (丙出口).
  const subject = listed.includes('、') ? listed.replace(QUOTED_NAME_OF_LIST, '等') : listed
  const clean = (parts: string[]) => parts.map((p) => p.trim()).filter((p) => p.length > 0)
  const sectors = sectorItems(subject.trim())
  if (sectors && (values === undefined || sectors.length === values)) return sectors
  if (!subject.includes('、')) {
    const joined = clean(subject.split(ITEM_JOINER))
    // “一核”“两翼”地区生产总值: quoted names written side by side, one per value.
    const quoted = clean(subject.split(/(?<=”)(?=“)/u))
    return joined.length === 1 && values !== undefined && quoted.length === values ? quoted : joined
  }
  const parts = clean(subject.split('、'))
  // 其中一、二、三产增加值: a word opening the clause is no part of the first item (一 borrows the last item's 产增加值).
  const opener = CLAUSE_OPENERS.find((w) => w.length > 1 && (parts[0] ?? '').startsWith(w) && (parts[0] as string).length > w.length)
  if (opener) parts[0] = (parts[0] as string).slice(opener.length).replace(/^[,，]/, '')
  if (values !== undefined && parts.length === values - 1) {
    const last = LAST_TWO.exec(parts[parts.length - 1] as string)
    if (last) return [...parts.slice(0, -1), last[1] as string, last[2] as string]
  }
  // 货物贸易、服务贸易和实际利用外资均增长15%: one value for each item, the last two joined by 和 (only 和: 研究与试验发展
  // is one name), when every item then names its thing whole (not 养老保险和医疗保险覆盖率, 满意和基本满意率,
  // 软件和信息服务业收入, whose parts borrow from each other).
  const lastTwo = each ? EACH_LAST_TWO.exec(parts[parts.length - 1] as string) : null
  if (lastTwo) {
    const split = [...parts.slice(0, -1), lastTwo[1] as string, lastTwo[2] as string]
    if (!borrowsFromNext(lastTwo[1] as string, lastTwo[2] as string) && completeItems(split).every((x, k) => x === split[k])) return split
    // 飞机、船舶和海工平台租赁资产均…: the item before 和 as short as the items before it, none naming a measure, is one
    // more item of the list (船舶), which borrows the last one's tail as they do.
    if (parallelBeforeAnd(parts.slice(0, -1), lastTwo[1] as string)) return split
  }
  return parts
}

/** A name in quotes right after the 等 that closes a list, naming its set by a number (`等“新三样”`, not `等“一带一路”沿线国家`). */
const QUOTED_NAME_OF_LIST = /等[“"](?=[^”"]*[二三四五六七八九十百两\d])[^”"、，。；]{1,10}[”"]/u

/** Items before a 和 that are short names of the same length as the one before 和, give or take one, none a measure. */
function parallelBeforeAnd(earlier: readonly string[], beforeAnd: string): boolean {
  const short = (x: string) => [...x].length >= 2 && [...x].length <= 4 && !/[率量额值数]$/u.test(x)
  return earlier.length > 0 && short(beforeAnd) && earlier.every((x) => short(x) && Math.abs([...x].length - [...beforeAnd].length) <= 1)
}
const LAST_TWO = /^(.+?)(?:以及|和|(?<![普涉])及(?!时)|与)(.+)$/u
const EACH_LAST_TWO = /^([^和]{2,})和([^和]{2,})$/u
/** `满意和基本满意率`, `养老保险和医疗保险覆盖率`: a first name too short, or without the rate the second ends in, borrows it. */
function borrowsFromNext(first: string, second: string): boolean {
  return [...first].length <= 2 || (second.endsWith('率') && !first.endsWith('率'))
}

/**
 * Complete the earlier items of a list with the tail they share with the last one: the last item's own part
 * ends where the first item's ending recurs in it, else (for a two-character first item: 城市、县城建成区面积)
 * after as many characters, else at the earliest tail opener after its first character; a one-character item
 * borrows the rest of the last one's own part (`存` + `款`). A head written before the first item (`农村`,
 * `金融机构本外币`) qualifies every item.
 */
/**
 * `城镇登记失业率、居民消费价格涨幅`, `全社会固定资产投资和社会消费品零售总额`: an item that names an indicator whole is
 * not given the first item's head when the head would make it name none (城镇居民消费价格, 全社会社会消费品零售总额).
 */
function headUnnamesIndicator(head: string, item: string): boolean {
  return !LIST_HEADS_OF_ANY_MEASURE.includes(head) && indicatorOf(item) !== null && indicatorOf(head + item) === null
}

/**
 * `城镇居民…、农民…`, `限上商贸单位、规上服务业企业`: a later item that opens with a head, a people or a size class of its
 * own is not the first item's head's; a head of any measure (民营) still owns it (民营规上工业增加值、限上…销售额占比).
 */
function opensWithHeadOfItsOwn(head: string, item: string): boolean {
  if (LIST_HEADS_OF_ANY_MEASURE.includes(head)) return LIST_HEADS_OF_ANY_MEASURE.some((h) => item.startsWith(h))
  return [...LIST_HEADS, ...OWN_PEOPLE_OPENINGS, ...OWN_SIZE_CLASS_OPENINGS].some((w) => item.startsWith(w))
}

/**
 * `规模以上工业增加值、工业投资、工业技改投资`: a later item that opens with the noun the head ends in (工业) names its own
 * thing; the head is the first item's only.
 */
function repeatsHeadNoun(head: string, item: string): boolean {
  return head.length > 2 && item.startsWith(head.slice(-2))
}

/**
 * `万元GDP用水量、万元工业增加值用水量`, `单位GDP能耗、单位工业增加值能耗`: a later item that opens with the base the head
 * opens with (万元, 单位) names its own base; the head is the first item's only.
 */
function repeatsHeadBase(head: string, item: string): boolean {
  return head.length > 2 && item.startsWith(head.slice(0, 2)) && !item.startsWith(head)
}

/** An item opening with a place, a level or a people of its own (`县城…`, `农村…`, `高新区…`, `乡镇…`). */
function namesAPlaceOfItsOwn(item: string): boolean {
  return /^[省市县区乡镇村州旗]/u.test(item) || [...PARTS_HEADING_A_LIST, ...LEVELS_OF_PLACE, ...OWN_PEOPLE_OPENINGS].some((w) => item.startsWith(w))
}

export function completeItems(listed: string[], ownerBefore = true): string[] {
  const completed = completedItems(listed)
  const whole = withHeadOfFirst(listed, rankOverList(listed, withPartOfFirst(listed, ownerBefore ? withOwnerBeforeList(listed, completed) : completed)))
  if (whole.some((x, k) => x !== listed[k])) return whole
  // 新增三级、三甲医院各1家: a defining verb before the first item, where nothing else completes the items, hides the head
  // they share; the first item is completed without it (三级医院), then it opens the item again (新增三级医院).
  const first = listed[0] ?? ''
  const verb = DEFINING_VERBS.find((v) => first.startsWith(v) && first.length > v.length + 1)
  if (!verb || listed.length < 2 || listed.slice(1).some((x) => x.startsWith(verb))) return whole
  const inner = completeItems([first.slice(verb.length), ...listed.slice(1)], ownerBefore)
  // (Only a head the first item lacked: what else the items would be given, the verb hid on purpose.) The verb defines
  // every item's count (新增市场主体和企业数量 → 新增市场主体数量, 新增企业数量).
  if (inner.slice(1).some((x, k) => x !== listed[k + 1]) || !(inner[0] as string).startsWith(first.slice(verb.length))) return whole
  return inner.map((x) => verb + x)
}

/**
 * 新片区规上工业总产值、全社会固定资产投资分别增长…: a part of the place before the first item bounds every item,
 * whatever indicator an item names alone (unless an item names a place or level of its own: `中心城区、县城…`).
 */
function withPartOfFirst(listed: readonly string[], completed: string[]): string[] {
  const part = PART_OPENING.exec(listed[0] ?? '')?.[1]
  if (!part || listed.length < 2 || listed.slice(1).some(namesAPlaceOfItsOwn)) return completed
  return completed.map((x) => (x.startsWith(part) ? x : part + x))
}

/** A part of the place, perhaps after its short name (`临港新片区`, `东盟经开区`), then what is measured of it. */
const PART_OPENING = new RegExp(`^(.{0,4}?(?:${PARTS_HEADING_A_LIST.join('|')}))(?=.{2})`, 'u')

/** `objects`: the items are the objects of a preposition written before the first (对…、…出口). */
function completedItems(listed: string[], objects = false): string[] {
  if (listed.length < 2) return listed
  const thresholds = completeThresholds(listed)
  if (thresholds) return thresholds
  const contracted = headedContraction(listed)
  if (contracted) return contracted
  // 对东盟、中东出口: a preposition before the first item is every item's.
  const first = listed[0] as string
  const preposition = LIST_PREPOSITIONS.find((p) => first.startsWith(p) && first.length > p.length + 1)
  if (preposition && !WORDS_OPENED_BY_A_PREPOSITION.some((w) => first.startsWith(w)) && listed.slice(1).every((x) => !x.startsWith(preposition))) {
    return completedItems([first.slice(preposition.length), ...listed.slice(1)], true).map((x) => preposition + x)
  }
  // 农村自来水、卫生户厕普及率: a head written before the first item qualifies them all; not an item that opens with
  // the head's own last word (规上工业增加值、工业用电量: the power used by all industry).
  const head = LIST_HEADS.find((h) => listed[0]?.startsWith(h) && (listed[0]?.length ?? 0) > h.length)
  const owned =
    head !== undefined &&
    listed.slice(1).every((x) => !opensWithHeadOfItsOwn(head, x) && !ownerOfItsOwnKind(head, listed[0] as string, x) && !headUnnamesIndicator(head, x) && !repeatsHeadNoun(head, x) && !repeatsHeadBase(head, x))
  const items = owned ? [(listed[0] as string).slice(head.length), ...listed.slice(1)] : listed
  // 利税、利润总额: items completed with a shared tail name their measure already (利税总额); no head to share.
  const tails = completeTails(items, objects)
  const completed = wholeIndicatorsKept(items, tails.some((x, k) => x !== items[k]) ? tails : completeHeads(items), owned ? head : '')
  return owned ? completed.map((x) => head + x) : completed
}

/**
 * `银行存、贷款余额`, `全市进、出口总额`: a pair word contracted to its first character after a head (银行存 + 贷款),
 * the head and the tail of the last item belong to both (银行存款余额, 银行贷款余额); so too when the first word is written
 * whole (金融机构存款、贷款余额 → 金融机构贷款余额). Null when the list is no such pair.
 */
function headedContraction(listed: readonly string[]): string[] | null {
  if (listed.length !== 2) return null
  const [first, last] = listed as [string, string]
  for (const p of CONTRACTED_PAIRS) {
    if (p.first.length !== 2 || p.second.length !== 2 || p.first[1] !== p.second[1]) continue
    if (!last.startsWith(p.second)) continue
    // (金融机构存款、贷款余额: the pair word written whole after the head is the same pair, and shares the same way.)
    const whole = first.endsWith(p.first) && first.length > p.first.length
    if (!whole && (first.length < 3 || !first.endsWith(p.first[0] as string))) continue
    const written = first.slice(0, whole ? -p.first.length : -1)
    // (全市进、出口总额: the scope says where, and goes as it does from any label.)
    const scope = SCOPE_PREFIXES.find((w) => written.startsWith(w))
    const head = scope ? written.slice(scope.length) : written
    const tail = last.slice(p.second.length)
    return [head + p.first + tail, head + last]
  }
  return null
}

/**
 * 地区生产总值、规模工业增加值年均分别增长…: an item that names a standard indicator whole keeps its name when the
 * tail shared would make it another measure (地区生产总值增加值, 实际利用外资投资); a rate, a share or a completion
 * of it (增速, 占比, 完成年度目标任务) is still its.
 */
/** A tail that names a measure of its own (增加值, 投资, 余额…), not a rate or share of the item's. */
const OTHER_MEASURE = /(?:增加值|产值|投资|余额|总额|收入|数量|资金|金额)$/

function wholeIndicatorsKept(items: readonly string[], completed: string[], head = ''): string[] {
  // 规模以上工业、服务业利润总额: sectors side by side share the tail as the measure of each (规模以上工业利润总额).
  if (sectorOpeningLast(items) > 0) return completed
  return completed.map((x, k) => {
    const item = items[k] as string
    // With the head shared before the items (规模以上 + 工业增加值、工业投资), the name is the head's and the item's.
    const own = indicatorOf(head + item) ?? indicatorOf(item)
    const added = x.startsWith(item) ? x.slice(item.length) : ''
    return own !== null && OTHER_MEASURE.test(added) && indicatorOf(head + x) !== own && indicatorOf(x) !== own ? item : x
  })
}

/** A sector alone (服务业, 规模以上工业), after the scope that may open it: it names no measure of its own. */
function isBareSector(item: string): boolean {
  const scope = SCOPE_PREFIXES.find((w) => item.startsWith(w) && item.length > w.length)
  return SECTORS_OWNING_VALUE_ADDED.includes(scope ? item.slice(scope.length) : item)
}

/**
 * 规模以上工业、服务业利润总额: when every earlier item is a sector alone and the last opens with a sector and goes on,
 * the length of that sector (the rest is the tail they share), else 0.
 */
function sectorOpeningLast(items: readonly string[]): number {
  const last = items[items.length - 1] ?? ''
  if (items.length < 2 || !items.slice(0, -1).every(isBareSector)) return 0
  const sector = SECTORS_OWNING_VALUE_ADDED.filter((w) => last.startsWith(w) && last.length > w.length + 1).sort((a, b) => b.length - a.length)[0]
  return sector?.length ?? 0
}

/** [head](超|过|超过)amount元[以上][tail]: one threshold of a list of them, the amount in digits or words (过亿元, 超十亿元). */
const THRESHOLD_ITEM = new RegExp(`^(.*?)(${THRESHOLD_AMOUNT})(.*)$`, 'u')

/**
 * `产值超20亿元、超50亿元产业集群`: a list of thresholds of one name; the first item's head and the last item's
 * tail belong to each (产值超20亿元产业集群, 产值超50亿元产业集群; 营收过亿元、过十亿元企业). Null when the items are not
 * such a list.
 */
function completeThresholds(items: string[]): string[] | null {
  const parts = items.map((x) => THRESHOLD_ITEM.exec(x))
  if (parts.some((p) => p === null)) return null
  const head = parts[0]?.[1] ?? ''
  const tail = parts[parts.length - 1]?.[3] ?? ''
  if (tail === '') return null
  return parts.map((p) => `${p?.[1] || head}${p?.[2] ?? ''}${p?.[3] || tail}`)
}

/** What a later item may be alone and still be the first item's: a measure of it, or what it is compared with. */
const OF_A_HEAD: readonly string[] = [...MEASURES_OF_A_HEAD, ...COMPARISONS_OF_A_HEAD]

/**
 * 国内游客人次、总花费: later items that are only a measure measure what the first item names; 销售面积环比、同比: later
 * items that are only a comparison compare it.
 */
function completeHeads(items: string[]): string[] {
  const first = items[0] as string
  const measure = OF_A_HEAD.filter((m) => first.endsWith(m)).sort((a, b) => b.length - a.length)[0]
  // 资产总额、利润总额: a later measure that ends as the first one's does stands parallel to as much of the first.
  // Not a one-character measure (数): 各类安全事故数、死亡人数 share only 数, and the head is 各类安全事故.
  const parallel = Math.max(measure?.length ?? 0, ...items.slice(1).filter((x) => measure && measure.length > 1 && x.endsWith(measure)).map((x) => x.length))
  const head = measure ? first.slice(0, -parallel) : ''
  if (head.length < 2 || !items.slice(1).every((x) => OF_A_HEAD.includes(x))) return withOwnerOfFamily(items)
  return items.map((x, k) => (k === 0 ? x : head + x))
}

/** Endings that make an item a whole measure (信访受理总量, 上访数量, 事故起数, 死亡人数). */
const WHOLE_MEASURE_ENDINGS: readonly string[] = ['总量', '数量', '总额', '人数', '起数', '次数', '件数', '户数']

function completeTails(items: string[], objects = false): string[] {
  const last = items[items.length - 1]
  if (!last || items.length < 2) return items
  // 工业增加值、外贸进出口总额占比: a share word ending the last item (with no 占 of its own) measures every item.
  // 高技术制造业、战略性新兴产业增加值占比: with the measure before the share word (增加值占比) when the earlier items
  // name none of their own.
  const share = SHARE_TAILS.find((w) => last.endsWith(w) && last.length > w.length + 1 && !last.slice(0, -w.length).includes('占'))
  // (Not after a two-character first item, `城镇、农村居民收入占比`: that one stands parallel to part of the last.)
  if (share && (items[0] as string).length > 2 && items.slice(0, -1).every((x) => !x.includes('占'))) {
    const measure = SHARE_MEASURES.find((m) => last.endsWith(m + share) && last.length > m.length + share.length + 1)
    const tail = measure && items.slice(0, -1).every((x) => !x.includes(measure)) ? measure + share : share
    return items.map((x) => (x.endsWith(share) ? x : x + tail))
  }
  // 万元GDP用水量、万元工业增加值用水量, 制造业投资、高新技术产业投资: earlier items that end in the last one's own measure
  // name it whole already (not when the last joins two names with 和: its parts may share a tail with the others).
  if (!ITEM_JOINER.test(last) && items.slice(0, -1).every((x) => [...x].length > 3 && x.slice(-2) === last.slice(-2))) return items
  // 信访受理总量、进京非正常上访数量: earlier items that end in a whole measure of their own (总量, 数量, 人数…) when the last
  // ends in one too are whole; the last one's measure is no tail of theirs (never 信访受理总量数量).
  const wholeMeasure = (x: string): boolean => WHOLE_MEASURE_ENDINGS.some((w) => x.endsWith(w) && [...x].length > w.length + 1)
  if (!ITEM_JOINER.test(last) && wholeMeasure(last) && items.slice(0, -1).every(wholeMeasure)) return items
  let tailAt = -1
  // An earlier item's ending found again inside the last item marks where the tail starts.
  const first = items[0] as string
  let parallelEnding = ''
  let endingTailAt = -1
  // Not at the start of the last item: 工业、制造业、工业技改投资 share 投资, the last item only begins like the first.
  for (let len = Math.min(first.length, 6); len >= 2 && tailAt < 0; len--) {
    const ending = first.slice(-len)
    const at = last.indexOf(ending, 1)
    if (at >= 0 && at + len < last.length) {
      tailAt = at + len
      endingTailAt = tailAt
      parallelEnding = ending
    }
  }
  // 乡镇、建制村通公交率: items that are levels of place stand parallel level to level, whatever their lengths.
  const level = LEVELS_OF_PLACE.filter((w) => last.startsWith(w) && last.length > w.length + 1).sort((a, b) => b.length - a.length)[0]
  if (tailAt < 0 && level && items.slice(0, -1).every((x) => LEVELS_OF_PLACE.includes(x))) {
    tailAt = level.length
    endingTailAt = tailAt
  }
  // 规模以上工业、服务业利润总额: sectors stand parallel sector to sector, whatever their lengths.
  const sector = sectorOpeningLast(items)
  const sectorsParallel = tailAt < 0 && sector > 0
  if (sectorsParallel) {
    tailAt = sector
    endingTailAt = tailAt
  }
  // 城镇、农村牧区常住居民人均可支配收入: items saying whose the measure is stand parallel to the whole of the last one's
  // opening of that kind (农村牧区, not 农村 alone).
  const whose = OWN_PEOPLE_OPENINGS.filter((w) => last.startsWith(w) && last.length > w.length + 1).sort((a, b) => b.length - a.length)[0]
  if (tailAt < 0 && whose && whose.length > 2 && items.slice(0, -1).every((x) => OWN_PEOPLE_OPENINGS.includes(x))) {
    tailAt = whose.length
    endingTailAt = tailAt
  }
  // 机电和高新技术产品出口: goods traded are named by their kind then 产品; a kind of one word (机电, 农) stands parallel to
  // the last kind, whatever its length, and 产品 with the trade is every kind's (机电产品出口). (纺织服装、机电产品出口额:
  // a longer item names goods of its own.)
  const goods = tailAt < 0 ? GOODS_TRADED.exec(last) : null
  if (goods && goods.index > 0 && items.slice(0, -1).every((x) => x.length <= 2)) {
    tailAt = goods.index
    endingTailAt = tailAt
  }
  // 铁路、高速公路通车里程: a two-character first item whose last character recurs early in the last item (路) ends
  // its parallel there.
  if (tailAt < 0 && first.length === 2 && !last.startsWith(first)) {
    const at = last.indexOf(first.slice(-1), 1)
    if (at > 0 && at <= 4 && at + 2 < last.length) {
      tailAt = at + 1
      // 命案、八类暴力案件、入室盗窃案件破案率: a later item ending in more of the last one's part (案件) shows the part runs
      // on to there; the tail they share starts after it (破案率, not 件破案率).
      while (tailAt + 2 < last.length && items.slice(1, -1).some((x) => x.endsWith(last.slice(at, tailAt + 1)))) tailAt++
      endingTailAt = tailAt
      parallelEnding = first.slice(-1)
    }
  }
  // 示范镇、示范村生活垃圾收运处置覆盖率, 机关事业单位、企业退休人员基本养老金: items of one kind (places, bodies) stand
  // parallel to the part of the last that ends as that kind, however long each is.
  const kindAt = tailAt < 0 ? ownPartOfKind(items.slice(0, -1), last, namesAMeasure) : -1
  const kindParallel = kindAt > 0
  if (kindParallel) {
    tailAt = kindAt
    endingTailAt = tailAt
  }
  let openerAt = -1
  for (const opener of SHARED_TAIL_OPENERS) {
    const at = last.indexOf(opener, 1)
    if (at > 0 && (openerAt < 0 || at < openerAt) && !insidePairWord(last, at)) openerAt = at
  }
  // 城市、县城建成区面积, 小麦、玉米种植面积: a two-character first item stands parallel to as many characters of
  // the last, unless an opener ends an own part about as short (原煤、原油、天然气产量).
  // Not when the last item opens with the first (工业、制造业、工业技改投资): its own part is longer than that.
  // The parallel part is as long as the longest earlier item (氢能、生物制造、低空经济产业营业收入: four, so 经济 stays
  // with 低空 and the opener 产业 starts the tail).
  const parallel = Math.max(...items.slice(0, -1).map((x) => x.length))
  // 能耗、二氧化碳排放: a measure before a substance's measure; each item is whole.
  if (tailAt < 0 && SUBSTANCES.some((w) => last.startsWith(w)) && !items.slice(0, -1).some((x) => SUBSTANCES.some((w) => x.startsWith(w)))) return items
  // (装备、化医和消费品等行业产值: a 等 closing the list after more characters ends the last one's own part there, 消费品.)
  const etcAt = last.indexOf('等', 1)
  if (tailAt < 0 && first.length === 2 && last.length > 3 && !last.startsWith(first) && (openerAt < 0 || openerAt >= parallel + 2)) {
    tailAt = etcAt > first.length && CLOSING_ETC.test(last.slice(etcAt)) ? etcAt : first.length
  }
  // 煤、电保供量, 牛、猪、羊饲养量: one-character items stand parallel to the first character of the last.
  if (tailAt < 0 && openerAt < 0 && items.slice(0, -1).every((x) => x.length === 1) && last.length > 2) tailAt = 1
  // 高新区、经开区营业收入: with no opener of a tail, items ending alike stand parallel to the last one's part ending so.
  if (tailAt < 0 && openerAt < 0) {
    const own = parallelLastCharacter(items.slice(0, -1), last)
    if (own > 0) {
      tailAt = own
      endingTailAt = own
      parallelEnding = last.slice(own - 1, own)
    }
  }
  if (tailAt < 0) tailAt = openerAt
  if (tailAt <= 0) return items
  const openedByOpener = tailAt === openerAt
  // 装备制造业、高技术产业和战略性新兴产业增加值: an earlier item that already ends with the tail's opening (产业)
  // shows that opening is part of the items' own names; the shared tail (增加值) starts after it.
  tailAt += ownOpening(items.slice(0, -1), last.slice(tailAt))
  // 亚洲、非洲的出口总值: the 的 that joins the last item to the tail is no part of either.
  const joinedBy = last[tailAt] === '的' ? 1 : last[tailAt - 1] === '的' ? 0 : -1
  let own = last.slice(0, joinedBy === 0 ? tailAt - 1 : tailAt)
  let tail = last.slice(joinedBy === 1 ? tailAt + 1 : tailAt)
  // 化工、有色、电气等行业增加值, 食品、医药、信息等产业增加值: the 等 closing the list is no part of any item; the tail
  // after it is each one's (化工行业增加值, 信息产业增加值). (Not 等级, 等次, 等奖: words of their own.)
  const closed = CLOSING_ETC.test(tail) ? 'tail' : own.endsWith('等') && own.length > 1 ? 'own' : null
  if (closed === 'tail') tail = tail.slice(1)
  if (closed === 'own') own = own.slice(0, -1)
  // 新签约、新开工、新投产亿元以上产业项目: a size class ending the last one's own part bounds the things every item
  // counts (亿元以上产业项目), unless an earlier item has a size class of its own.
  // (新签约、新竣工亿元以上工业项目: with short items, verbs, the kind of things after the size class goes with it.)
  const shortItems = items.slice(0, -1).every((x) => x.length <= 3)
  const size = (shortItems ? SIZE_CLASS_BEFORE_KIND : SIZE_CLASS_AT_END).exec(own)?.[0]
  if (size && size.length < own.length && !items.slice(0, -1).some((x) => SIZE_CLASS_AT_END.test(x))) {
    own = own.slice(0, -size.length)
    tail = size + tail
  }
  // Items much longer than the last one's own part are whole already (`进口货值、…、离岛免税销售额`), unless they end as
  // it does (`食品风险监测抽检、药品抽检合格率`: both end in 抽检, so both take 合格率).
  const parallelTo = (item: string) => parallelEnding !== '' && tailAt === endingTailAt && item.endsWith(parallelEnding)
  // (Objects of one preposition, `对共建国家、非洲、欧洲出口`, stand parallel whatever their lengths: what follows the last
  // is the deed done to each.)
  const objectsParallel = objects && OBJECTS_DEEDS.includes(tail)
  // (Earlier items that name no measure of their own, `机关事业单位`, `限上新能源汽车`, are things the tail measures,
  // however long; not in a list where some item measures already, `进口货值、免签入境游客、…销售额`.)
  // Only plain names (no bracket, no joiner, no deed: `基本医保实现市级统筹`), and a tail that is a measure, opened by no
  // people of its own (`居民医保参保率`).
  // The tail must open with a word that opens tails (覆盖率, 零售额, 产业…), not at a guessed length (柳工、东风柳汽…).
  const thingsOnly =
    openedByOpener &&
    items.slice(0, -1).every((x) => !namesAMeasure(x) && PLAIN_THING.test(x)) && namesAMeasure(tail) && ![...OWN_PEOPLE_OPENINGS, '居民', '人均'].some((w) => tail.startsWith(w))
  const wholeAlready = (item: string) => item.length > own.length + 2 && !parallelTo(item) && !thingsOnly
  if (!sectorsParallel && !objectsParallel && !kindParallel && items.some((item, k) => k < items.length - 1 && wholeAlready(item))) return items
  return items.map((item, k) => {
    if (k === items.length - 1) return (joinedBy >= 0 || closed !== null) && tail.length > 1 ? own + tail : item
    if (item.endsWith(tail)) return item
    // 优良水体比例、…水质达标率: an item that names a rate of its own is whole.
    if (tail.length > 1 && RATE_ENDINGS.some((w) => item.endsWith(w)) && RATE_ENDINGS.some((w) => tail.endsWith(w))) return item
    // 存、贷款余额: a one-character item is a contraction of the last one's own part.
    const borrowed = item.length === 1 && own.length === 2 && CONTRACTED_SECOND_CHARACTERS.includes(own.slice(1)) ? own.slice(1) : ''
    return item + borrowed + tail
  })
}

/** A thing named plainly: no bracket, no joiner, no deed done to it (`实现`, `达标`). */
const PLAIN_THING = /^(?!.*(?:和|与|及|实现|达标|稳定|（|\())\p{Script=Han}{2,10}$/u

/** The 等 that closes a list, at the opening of the tail the items share (not 等级, 等次, 等奖, 等于, nor 等一批, whose class is no tail). */
const CLOSING_ETC = /^等(?![级次奖于同一])./u

/**
 * An item that says what is measured of it: a quantity (…额, …率, …量), a standard indicator, a measure of a head
 * (人数, 产值), or things counted by the deed that opens it (`新增市场主体`); else it is a thing (`机关事业单位`,
 * `新能源汽车`) that a tail shared along the list measures.
 */
function namesAMeasure(item: string): boolean {
  return (
    isQuantity(item) ||
    indicatorOf(item) !== null ||
    MEASURES_OF_A_HEAD.some((m) => m.length > 1 && item.endsWith(m)) ||
    /(?:[值数价度指金费次税收]|标准|目标)$/u.test(item) ||
    VERBS_OF_A_LIST.some((v) => item.startsWith(v))
  )
}

/** `产品出口`, `产品进出口额`: goods of a kind traded, the tail a list of kinds shares. */
const GOODS_TRADED = /产品(?:进出口|出口|进口)/u

/** What is done to the objects of a preposition listed before it (对…、…出口): trade and investment with each. */
const OBJECTS_DEEDS: readonly string[] = ['出口', '进口', '进出口', '出口额', '进口额', '进出口额', '贸易额', '投资', '出口总额', '进出口总额']

/** A size class that bounds what is counted (`亿元以上`, `5000万元以上`, `10亿元及以上`). */
const SIZE_CLASS_AT_END = /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)?[万亿]*元(?:及)?以上$/u
/** The same, then at most three characters of the kind of things (`亿元以上工业`). */
const SIZE_CLASS_BEFORE_KIND = /(?:\d+(?:\.\d+)?|[一二两三四五六七八九十百千]+)?[万亿]*元(?:及)?以上[\u4e00-\u9fff]{0,3}$/u

/** 东盟进出口: the 出口 of a pair word (进出口) opens no tail; the pair word is one. */
function insidePairWord(text: string, at: number): boolean {
  return CONTRACTED_PAIRS.some(({ pair }) => {
    const p = text.lastIndexOf(pair, at)
    return p >= 0 && p < at && at < p + pair.length
  })
}

/**
 * How much of the tail's opening an earlier item already ends with (two characters at least), else 0; or the whole
 * opening when an earlier item ends as that kind of thing does (`旅游业` before the tail `产业总收入`).
 */
function ownOpening(earlier: readonly string[], tail: string): number {
  let best = 0
  for (const { opening, ending, notBefore } of OPENERS_AN_ITEM_ENDS_AS) {
    const rest = tail.slice(opening.length)
    if (!tail.startsWith(opening) || rest === '' || notBefore.some((w) => rest.startsWith(w))) continue
    if (earlier.some((x) => x.endsWith(ending))) best = opening.length
  }
  for (const item of earlier) {
    for (let k = tail.length - 1; k >= 2 && k > best; k--) {
      if (item.endsWith(tail.slice(0, k))) best = k
    }
  }
  return best
}

/** `7个考核断面优良水体比例`: a count of what a rate is taken over, before an item (see counted-rate.ts). */
const LEADING_COUNT = /^\d+(?:个|项|家|处|条|座)(?=[\u4e00-\u9fff“])/u

/** Shorter list items may be parts completed by a shared tail (`工业、服务业增加值`). */
const WHOLE_ITEM_LENGTH = 4

/** A subject that says two things at once (城乡居民…, 存贷款余额), as its two subjects; null when it says one. */
export function contractedPair(label: string): string[] | null {
  for (const { pair, first, second, opens, notBefore } of CONTRACTED_PAIRS) {
    const at = label.indexOf(pair)
    if (at < 0 || label.length <= pair.length || (opens && at > 0)) continue
    if (notBefore?.some((w) => label.startsWith(w, at + pair.length))) continue
    const [head, rest] = [label.slice(0, at), label.slice(at + pair.length)]
    return [head + first + rest, head + second + rest]
  }
  return null
}

/** Each value after the first follows the one before after a list joiner alone (`5%和9%`, `5%、9%`), not straight on (`76户215人`). */
function joinedAsList(values: readonly Draft[], norm: string): boolean {
  return values.every((d, k) => k === 0 || /^\s*[和、及与]\s*$/u.test(norm.slice(values[k - 1]!.token.end, d.token.start)))
}

/**
 * `固定资产投资、城乡居民储蓄存款余额比2015年翻一番`, `工业投资、民间投资年均增长6%`: whole indicators listed with 、
 * (each named in full: four characters or more, ending in a measured quantity or a standard indicator, none completed
 * from another, no 等 closing the list) before one value: the value is each one's, as the label files give it (never
 * to the last alone). Written `A、B和C`, its last item splits on 和 too when both parts are whole. Null when it is no such
 * list.
 */
function wholeItemsSharingOne(subject: string, values: readonly Draft[], bound: Pre['qualifier'] = null): string[] | null {
  if (values.length !== 1 || subject.includes('等')) return null
  const byComma = subject.split('、').map(cleanLabel)
  // 生产总值和城乡居民人均收入比2010年翻一番: a doubling after two whole indicators joined by 和 is each one's.
  // 固定资产投资和社会消费品零售总额增长10%: so is a rate (a percentage): rates add up to no total.
  if (byComma.length < 2) return values[0]?.token.cls === 'times' || values[0]?.token.cls === 'pct' ? wholeTwo(byComma[0] ?? '') : null
  // 争取地债资金、地下综合管廊项目资金14.2亿元: a bare amount after whole names is their sum; a rate is each one's, and so
  // is a bound crossed (`规模以上工业总产值、金融机构存款余额突破2万亿元`).
  if (values[0]?.token.cls !== 'times' && values[0]?.token.cls !== 'pct' && bound === null) return null
  const lastTwo = wholeTwo(byComma[byComma.length - 1] as string)
  const items = lastTwo ? [...byComma.slice(0, -1), ...lastTwo] : byComma
  if (!items.every(isWholeIndicator)) return null
  // A standard indicator first is whole whatever the last item ends with (地区生产总值、…贷款余额).
  return indicatorOf(items[0] as string) !== null || completeItems(items).every((c, k) => c === items[k]) ? items : null
}

/** `普及率和覆盖率`: two whole indicators joined by 和 (or 以及, 及, 与: not the 及 of 普及), or null. */
function wholeTwo(item: string): string[] | null {
  for (const joiner of ['和', '以及', '及', '与']) {
    for (let at = item.indexOf(joiner, 1); at > 0; at = item.indexOf(joiner, at + 1)) {
      const two = [item.slice(0, at), item.slice(at + joiner.length)].map(cleanLabel)
      if (two.every(isWholeIndicator)) return two
    }
  }
  return null
}

function isWholeIndicator(item: string): boolean {
  return item.length >= WHOLE_ITEM_LENGTH && (isQuantity(item) || indicatorOf(item) !== null)
}

const isQuantity = (label: string): boolean => QUANTITY_ENDINGS.some((w) => label.endsWith(w))

/**
 * One percentage after things named in full with 、 (four characters or more each, no 等 closing the list): the items as
 * written and as completed by the tail the last one gives them; null when the subject is no such list.
 */
function pctAfterNamedItems(subject: string, values: readonly Draft[]): { items: string[]; completed: string[] } | null {
  const [d] = values
  if (values.length !== 1 || d?.token.cls !== 'pct' || subject.includes('等')) return null
  const items = subject.split('、').map(cleanLabel)
  if (items.length < 2 || items.some((x) => x.length < WHOLE_ITEM_LENGTH || isGeneric(x))) return null
  // (Read as written, before an owner written before the first item is given to the others: `城乡基本养老保险、基本医疗保险
  // 覆盖率` is such a list, and each item then opens with the owner.)
  const plain = completeItems(items, false)
  return plain.every((c, k) => c.startsWith(items[k] as string)) && plain.some((c, k) => c !== items[k]) ? { items, completed: completeItems(items) } : null
}

/**
 * `甲类事项、乙类事项办结率100%`: things named in full that the rate ending the last completes (办结率): a rate adds up to
 * no total, so the one value is each one's. Short parts (`养老、医疗机构`) are parts of one name; a share (`…事项占比`), a
 * count or an amount may be the list's together.
 */
function rateOfEachItem(subject: string, values: readonly Draft[]): boolean {
  return pctAfterNamedItems(subject, values)?.completed.every((c) => c.endsWith('率')) ?? false
}

/**
 * `甲制造业、乙加工业产值年均增长超20%`: a growth rate after things named in full and completed by the measure they share
 * (产值): a rate of change adds up to no total either, so the one value is each one's.
 */
function growthOfEachItem(subject: string, values: readonly Draft[], pre: Pre): boolean {
  const list = pre.verb === 'up' || pre.verb === 'down' ? pctAfterNamedItems(subject, values) : null
  if (!list || list.completed[0] === list.items[0]) return false
  // The items stand parallel: each ends as the last one's own part does (装备制造业 as 高端食品加工业), so no item is
  // the opening of one name (信息传输、软件和信息技术服务业; 高新技术、科技型中小企业).
  const { items, completed } = list
  const tail = (completed[0] as string).slice((items[0] as string).length)
  const last = items[items.length - 1] as string
  const own = last.endsWith(tail) ? last.slice(0, -tail.length) : ''
  return own !== '' && items.slice(0, -1).every((x) => x.endsWith(own.slice(-1)))
}

/** A comparison opening a subject (`高于全省`, `快于全国平均水平`), and the rate compared after it, if any (`增速`). */
const COMPARISON_THEN_RATE = new RegExp(`^(?:高于|低于|快于|慢于|高出|领先)(?:全国|全省|全区|全市|全州|全县|面上)?(?:平均)?(?:水平)?(${GROWTH_WORDS.join('|')})?$`, 'u')

/** The rate a subject that is only a comparison names (`高于全省增速` → 增速; `高于全省` → ''), or null. */
function rateAfterComparison(subject: string): string | null {
  const m = COMPARISON_THEN_RATE.exec(subject)
  return m ? (m[1] ?? '') : null
}

/** A rate joined to what comes before at the end of a subject (`…办结率和满意率`). */
const JOINED_RATE = /^(.+率)(?:和|及|与|、)([\u4e00-\u9fff]{1,3}率)$/u

/**
 * `议案、提案办理率和满意率均为100%`: two rates after one or more subjects, one value for all: every subject has both
 * rates (议案办理率, 议案满意率, 提案办理率, 提案满意率). Null when the subject does not end in two rates.
 */
export function ratesOfEach(subject: string): string[] | null {
  const m = JOINED_RATE.exec(subject)
  if (!m) return null
  // The rates stand parallel: the first is as long as the second (办结率和满意率).
  const [before, second] = [m[1] as string, m[2] as string]
  // 建制村通畅率、通客车率: a rate of the family of the first, not parallel to its last characters (村通畅率), is of the
  // first one's owner (建制村通客车率).
  const family = before.includes('、') ? null : withOwnerOfFamily([before, second])
  if (family && family[1] !== second) return family
  const first = before.slice(-second.length)
  const written = before.slice(0, -second.length).split('、').map(cleanLabel)
  if (written.some((h) => h.length < 2 || h.includes('率'))) return null
  // 城镇、农村低保覆盖率和救助率: the heads share their tail too (城镇低保).
  const heads = completeItems(written)
  return heads.flatMap((h) => [h + first, h + second])
}

/** The figures of the whole clause before the statement's (its 、 items included). */
function figuresOfClauseBefore(st: Statement, ctx: RuleContext): Draft[] {
  const end = st.clauseStart - 1
  if (end <= ctx.sentence.start) return []
  const from = clauseStart(ctx.norm, end, ctx.sentence.start, CLAUSE_ENDS)
  return ctx.sentence.figures.filter((d) => d.token.start >= from && d.token.end <= end)
}

/**
 * `办理议案120件、提案300件，办结率均为100%`: a rate with 均 and no subject of its own, right after a statement of
 * several figures, is the rate of each of them (议案办结率, 提案办结率). Null otherwise.
 */
function ratesOfThoseBefore(subject: string, values: number, before: readonly Draft[]): string[] | null {
  if (values !== 1 || !/^[\u4e00-\u9fff]{1,4}率$/u.test(subject) || before.length < 2) return null
  const labels = before.map((d) => d.label)
  if (labels.some((l) => l.length < 2 || l.endsWith('率')) || new Set(labels).size !== labels.length) return null
  return labels.map((l) => l + subject)
}

/** Verbs that say which of a thing are counted (`新建改扩建`, `新增`): they open a list and define each item. */
const VERBS_OF_A_LIST = [...NAMING_BUILD_VERBS, ...ACTIONS_OF_WORKS, ...DEFINING_VERBS].sort((a, b) => b.length - a.length)

/**
 * `新建改扩建中学、小学各50所`: the verb that opens the first item of a list sharing one figure defines every item
 * (新建改扩建中学, 新建改扩建小学); a stock of the later items would be another figure.
 */
function withVerbOfFirst(items: readonly string[]): string[] {
  const first = items[0] ?? ''
  const verb = VERBS_OF_A_LIST.find((v) => first.startsWith(v) && first.length > v.length)
  // 建设用地安全利用率和生活垃圾无害化处理率: a noun the verb opens (建设用地) lends no verb to the others.
  if (!verb || NOUNS_OPENED_BY_BUILD_VERB.some((n) => first.startsWith(n))) return [...items]
  return items.map((x) => (VERBS_OF_A_LIST.some((v) => x.startsWith(v)) ? x : verb + x))
}

/**
 * `…分别达3.2万亿元、2.5万亿元，分别新增3000亿元、2800亿元`: 分别 before a defining verb (新增, 净增), with no subject
 * of its own, pairs the values with the list before, as `分别增加` does.
 */
function respectivelyBeforeVerb(pre: Pre): Pre {
  const rest = pre.subject.replace(/^[,，\s]+/u, '')
  if (!rest.startsWith('分别') || !DEFINING_VERBS.includes(rest.slice(2))) return pre
  return { ...pre, subject: '', respectively: true }
}

/**
 * `铁路、高速公路通车里程分别新增176公里、255公里`: a list, then 分别 and a defining verb: the items are paired, and the
 * verb says what each figure is (铁路通车里程新增). `甲园区、乙园区分别新增企业120家、80家`: with an object after the
 * verb the items are whose the object is, each whole (甲园区新增企业), never completed from the others. Null when the
 * subject does not end so.
 */
function listBeforeRespectiveVerb(pre: Pre): { pre: Pre; verb: string; owners: boolean } | null {
  const at = pre.subject.lastIndexOf('分别')
  if (at <= 0 || !/[、和及与]/u.test(pre.subject.slice(0, at))) return null
  const after = pre.subject.slice(at + 2)
  const verb = DEFINING_VERBS.filter((v) => after.startsWith(v)).sort((a, b) => b.length - a.length)[0]
  if (!verb) return null
  const object = after.slice(verb.length)
  if (!/^\p{Script=Han}{0,6}$/u.test(object)) return null
  return { pre: { ...pre, subject: pre.subject.slice(0, at), respectively: true }, verb: after, owners: object !== '' }
}

/**
 * `城镇和农村居民人均可支配收入实现翻番`, `甲企业和乙企业数量实现倍增`: a multiple written in words (翻番, 翻一番, 倍增) after
 * a list is one value that cannot be split between the items: each of them doubled. Not a list closed by 等 (a class).
 */
function doublingOfEach(pre: Pre, values: readonly Draft[]): boolean {
  const [d] = values
  if (values.length !== 1 || d?.token.cls !== 'times' || !/翻|倍增/.test(d.token.written ?? '')) return false
  // (Not a subject reaching back over another figure, `净增企业1834家、总量实现翻番`, nor the 与 of 参与.)
  // (Nor a subject holding a relative clause, `…确定的生产总值、…`, whose first item is no name.)
  return /[、和]/.test(pre.subject) && !/[等的]/.test(pre.subject) && !/[\d０-９]/.test(pre.subject)
}

/** 均 or 都 before the last word of a subject that holds a list: the adverb of each, unless it opens a word (均衡, 都市). */
const EACH_BEFORE_LAST_WORD = /^(.*[、和及与].*?)(?<![平年人日户生亩])(均|都)(\p{Script=Han}{1,2})$/u
const WORDS_OPENED_BY_EACH = ['均衡', '均等', '均值', '均匀', '都市', '都会']

/**
 * `甲补贴和乙补贴均提标至…`: 均 before a verb the vocabulary does not know (提标) still gives the one value to each
 * subject of the list; the verb is no part of their names.
 */
function eachBeforeUnknownVerb(pre: Pre): Pre {
  if (pre.each || pre.respectively) return pre
  const m = EACH_BEFORE_LAST_WORD.exec(pre.subject)
  if (!m || WORDS_OPENED_BY_EACH.some((w) => `${m[2]}${m[3]}`.startsWith(w))) return pre
  return { ...pre, subject: m[1] as string, each: true }
}

/**
 * `城镇、农村居民人均可支配收入分别达到4万元、2万元，分别增长5%和6%`: rates of growth, one per level just stated, in the
 * same number, read in order: the common way reports give a list's growth, as sure as the levels' own pairing.
 */
/**
 * A quoted name, then a measure alone (with the verb of a cut before it): `“督查考”精简比例`, `“三品一标”认证…` is not (a noun
 * after the name, `“专精特新”中小企业`, `“三公”经费`, is the last item's own).
 */
const QUOTED_THEN_MEASURE = new RegExp(`^“[^”]+”((?:${CUT_VERBS.join('|')})?(?:比例|比重|占比|数量|覆盖面|覆盖率))$`, 'u')

/**
 * Items whose last is a quoted name and the measure after it (`会议、文件和“督查考”精简比例`): the measure goes to each item
 * before it (会议精简比例, 文件精简比例), the last as written; null for any other list.
 */
function tailAfterQuotedLast(items: readonly string[]): string[] | null {
  const last = items[items.length - 1]
  const quoted = last === undefined ? null : QUOTED_THEN_MEASURE.exec(last)
  // (Each item before is a short name, or a quoted name alone: `“两品一械”、“三品一标”认证数量`.)
  const aName = (x: string): boolean => /^“[^“”]+”$/u.test(x) || (!/[“”]/u.test(x) && [...x].length <= 6)
  if (!quoted || items.length < 2 || !items.slice(0, -1).every(aName)) return null
  return [...items.slice(0, -1).map((x) => x + quoted[1]), last as string]
}

/**
 * `…分别达到4.74万亿元和4.69万亿元，增速分别达到13.9%和15%`: a growth word alone before percentages names no subject;
 * the values are the growths of the figures listed before, one each.
 */
function rateOfTheListBefore(whole: string, values: readonly Draft[]): boolean {
  return GROWTH_WORDS.includes(whole) && values.every((d) => d.token.cls === 'pct')
}

function growthsOfLevels(values: readonly Draft[], previous: readonly Draft[], verb: Pre['verb']): boolean {
  const level = (d: Draft) => d.token.cls === 'money' || d.token.cls === 'measure' || d.token.cls === 'count'
  const growth = (d: Draft) => d.token.cls === 'pct' || d.token.cls === 'times'
  return (verb === 'up' || verb === 'down') && values.length > 1 && values.length === previous.length && values.every(growth) && previous.every(level)
}

/**
 * `固定资产投资、规上工业增加值、一般公共预算收入3项指标增速居全省第一`, `除A、B、C3个指标外`: a count right before its
 * noun that is the number of the items listed counts them; it is no figure of each one (nor of the last). The noun
 * after it names what is counted, as for any number before its noun (`建成A、B2个五星级酒店`: 五星级酒店).
 */
function countsTheList(st: Statement, subject: string): boolean {
  const [d] = st.drafts
  if (st.drafts.length !== 1 || d?.token.cls !== 'count' || st.tail !== 'noun' || !st.noun || !subject.includes('、')) return false
  return listItems(subject).length === d.value
}

/**
 * `新登记企业及其注册资本分别增长…`: 及其 (and its) joins a thing and a measure of that thing; the measure is the thing's
 * (新登记企业, 新登记企业注册资本). Null when the subject is no such pair (or the thing is itself a list).
 */
function thingAndItsMeasure(subject: string): string[] | null {
  const m = /^(.+?)及其(\p{Script=Han}{2,})$/u.exec(subject.trim())
  if (!m) return null
  const thing = cleanLabel(m[1] as string)
  const measure = cleanLabel(m[2] as string)
  if (thing.length < 2 || measure.length < 2 || /[、和与及]/u.test(thing)) return null
  return [thing, thing + measure]
}

/** The central town opening the first of several items (`中心城区生活垃圾…覆盖率`), or null. */
function centralTownOfFirst(items: readonly string[]): string | null {
  if (items.length < 2) return null
  const first = items[0] as string
  return CENTRAL_TOWNS.find((w) => first.startsWith(w) && first.length > w.length + 2) ?? null
}

/** A subject listed with 、 (its items are no pair of modifiers joined by 和). */
const subjectHasComma = (subject: string): boolean => /[、,，]/u.test(subject)

/** A growth, perhaps expected, ending a subject (`…余额预期增长`, `…营业额增长`): the verb, not the thing's name. */
const GROWTH_ENDING_A_SUBJECT = /(?<!经济)(?:预期|预计)?增长$/u

/**
 * `甲和乙余额预期增长均为12%左右`, `限上批发、住宿营业额增长均在15%以上`: a growth written before 均 and one rate is the
 * verb the rate says; the items are what grows (乙余额, not 乙余额预期增长).
 */
function growthBeforeEach(pre: Pre, values: readonly Draft[]): Pre {
  if (!pre.each || values.length !== 1 || values[0]?.token.cls !== 'pct' || !/[、和及与]/u.test(pre.subject)) return pre
  const subject = pre.subject.replace(GROWTH_ENDING_A_SUBJECT, '')
  return subject === pre.subject || subject.length < 2 ? pre : { ...pre, subject }
}

export const listPairing: Rule = {
  name: 'list-pairing',
  apply(st, ctx) {
    // Ranks are paired by rank and rank-list, which read the rank verb's clause.
    if (st.dropped || st.shape === 'from-to' || st.tokens[0]?.cls === 'rank') return
    const verbAfter = listBeforeRespectiveVerb(st.listPre)
    const written = verbAfter?.pre ?? respectivelyBeforeVerb(eachBeforeUnknownVerb(st.listPre))
    const pre = growthBeforeEach(written, st.drafts)
    // (The growth taken from the subject still says what the rate is.)
    if (pre !== written) for (const d of st.drafts) d.kind ??= 'growth'
    const values = st.drafts
    if (countsTheList(st, pre.subject)) {
      // (Indicators counted, `4项指标增速居全省第一`: the predicate after says what is true of them, which the label
      // cannot hold whole: for the user to check.)
      const noun = st.noun ? ctx.norm.slice(st.noun.start, st.noun.end) : ''
      if (COUNTED_INDICATOR_NOUNS.some((w) => noun.startsWith(w))) for (const d of values) d.reasons.add('label-vague')
      return
    }
    const first = values[0]
    if (pre.respectively && first && values.length > 1 && labelTimesListed(ctx.norm.slice(st.listStart, first.token.start), values, clauseBefore(ctx.norm, ctx.sentence.start, st.listStart))) {
      for (const d of values) {
        d.quoteStart = st.listStart
        d.quoteEnd = st.tokens[st.tokens.length - 1]?.end ?? d.quoteEnd
      }
      return
    }
    const listed = values.length > 1 && (pre.respectively || values.every((d) => d.token.cls === values[0]?.token.cls))
    // 均, and 分别 with one value (`城乡居民人均可支配收入分别增长7.5%`): the value for each subject.
    const wholeItems = !pre.each && !pre.respectively ? wholeItemsSharingOne(pre.subject, values, pre.qualifier) : null
    // (翻番工程: a doubling before a noun names it.)
    const doubled = !pre.each && !pre.respectively && !wholeItems && st.tail !== 'noun' && doublingOfEach(pre, values)
    const sharedCompleted = doubled || (!pre.each && !pre.respectively && !wholeItems && (rateOfEachItem(pre.subject, values) || growthOfEachItem(pre.subject, values, pre)))
    const shared = wholeItems !== null || sharedCompleted
    const each = ((pre.each || pre.respectively) && values.length === 1) || shared
    if (!listed && !each && !(pre.respectively && values.length > 1)) return
    const whole = cleanLabel(pre.subject)
    // Values listed without a subject and without 分别 (`…分别达到50441元、20278元，增长5%和9%`) name the
    // subjects of the figures just before them, in order, as with 分别.
    // 高于全省增速1.8个、0.2个和0.1个百分点: a comparison, and at most the rate compared, is no subject either; each
    // value is the gap of the rate of a figure before (生产总值增速).
    const rateCompared = listed && !pre.respectively && values.every((d) => d.token.cls === 'ppt') ? rateAfterComparison(whole) : null
    const bare = listed && !pre.respectively && (whole === '' || rateCompared !== null) && joinedAsList(values, ctx.norm)
    // (An item that is only a comparison, `环比、同比`, is kept for completeHeads: cleaning would drop 同比 as an adverb.)
    const cleanItem = (x: string) => (COMPARISONS_OF_A_HEAD.includes(x.trim()) ? x.trim() : cleanLabel(x).replace(LEADING_COUNT, ''))
    // 新登记企业及其注册资本分别…: a thing, then a measure of its own.
    const its = values.length === 2 && pre.respectively ? thingAndItsMeasure(pre.subject) : null
    const rawItems = wholeItems ?? its ? [] : listItems(pre.subject, values.length, (pre.each || doubled) && values.length === 1)
    // 会议、文件和“督查考”精简比例: the measure shared is what follows the quoted name, never a piece of it.
    const afterQuoted = tailAfterQuotedLast(rawItems)
    let items = wholeItems ?? its ?? (afterQuoted ?? rawItems).map(cleanItem).filter((x) => x.length > 0)
    // 实现“四个倍增”（甲、乙…实现倍增）: the list doubled opens inside a bracket; what comes before it names the goal.
    if (doubled || (wholeItems && values[0]?.token.cls === 'times')) items = items.map((x, k) => (k === 0 ? x.replace(/^[^（(）)]*[（(]/u, '') : x))
    // One value shared by a list without 均 is a reading, never certain.
    let source: Draft['labelSource'] = shared ? 'list-completed' : 'list'
    // (Items doubled that each name a whole quantity, `每万人口发明专利拥有量、专精特新企业数量`, are complete already.)
    // 危废产生和经营单位…合格率: two modifiers of one body; the body and its measure are both items'.
    const sharingHead = !its && !wholeItems && !subjectHasComma(pre.subject) ? modifiersSharingHead(items) : null
    if (sharingHead) items = sharingHead
    if (its || sharingHead) source = 'list-completed'
    if (afterQuoted) source = 'list-completed'
    if (items.length > 1 && !wholeItems && !its && !sharingHead && !afterQuoted && !verbAfter?.owners && !(doubled && items.every(isWholeIndicator))) {
      const completed = completeItems(items)
      // 甲集团、乙银行资产总额分别…: owners side by side, one value each, the measure after the last.
      const owned = completed.every((c, k) => c === items[k]) && values.length === items.length ? ownersSharingMeasure(items) : null
      if ((owned ?? completed).some((c, k) => c !== items[k])) source = 'list-completed'
      items = owned ?? completed
    }
    if (items.length === 1 && (values.length === 2 || each)) {
      const split = contractedPair(items[0] as string)
      if (split) {
        items = split
        source = 'list-completed'
      }
    }
    // 甲、乙分别新增20家、30家，累计分别达到200家、300家: totals after as many additions are the things', not more additions.
    const totals = values.length > 1 && (listed || pre.respectively) ? totalsOfAdditions(pre, whole, values, ctx.sentence.previousStatement?.drafts ?? []) : null
    if (totals) {
      items = totals
      source = 'previous-list'
    } else if (((values.length > 1 || each) && (whole === '' || rateOfTheListBefore(whole, values)) && pre.respectively) || bare) {
      // …35512元、25689元，分别同比增长7.8%: the subjects of the list before; one value goes to each of them.
      const previousList = ctx.sentence.previousStatement?.drafts ?? []
      const previous = values.length > 1 ? ctx.sentence.figures.slice(-values.length) : previousList.length > 1 ? previousList : []
      if (previous.length === (values.length > 1 ? values.length : previous.length) && previous.length > 0 && new Set(previous.map((d) => d.label)).size === previous.length) {
        items = previous.map((d) => d.label + (rateCompared ?? ''))
        source = growthsOfLevels(values, previous, pre.verb) && rateCompared === null ? 'previous-levels' : 'previous-list'
        // (The growth word said the kind: the values are growths of the levels before.)
        if (rateOfTheListBefore(whole, values)) for (const d of values) d.kind = 'growth'
      }
    }
    const crossed = each ? (ratesOfEach(whole) ?? ratesOfThoseBefore(whole, values.length, figuresOfClauseBefore(st, ctx))) : null
    if (crossed) {
      items = crossed
      source = 'list-completed'
    }
    if (each && items.length > 1) {
      const [d] = values
      if (!d) return
      st.drafts = withVerbOfFirst(items).map((label) => ({ ...d, label, labelSource: source, reasons: new Set(d.reasons) }))
    } else if (items.length === values.length) {
      // `A和B“双倍增”、总量分别超过X和Y`: an item that is only a measure shows the list was split where it is not one.
      const misread = items.length > 1 && items.some((x) => isGeneric(x))
      const town = centralTownOfFirst(items)
      values.forEach((d, k) => {
        d.label = (items[k] as string) + (verbAfter?.verb ?? '')
        d.labelSource = source
        if (misread) d.reasons.add('label-from-list')
        // (Whether a later item is the central town's too, the text does not say: for the user to check.)
        if (town && k > 0 && !(items[k] as string).startsWith(town) && !namesAPlaceOfItsOwn(items[k] as string)) d.reasons.add('label-from-list')
      })
    } else if (values.length > 1 && pre.respectively) {
      // The subjects do not pair with the values: keep the whole subject and say so.
      for (const d of values) {
        d.label = whole
        d.labelSource = 'list-completed'
      }
    } else {
      // Values without a subject that pair with nothing before them: whatever label a later rule carries over
      // would give one name to different values, so each is flagged.
      if (bare) for (const d of values) d.reasons.add('label-from-context')
      return
    }
    const quoteStart = st.listStart
    for (const d of st.drafts) {
      d.quoteStart = quoteStart
      d.quoteEnd = st.tokens[st.tokens.length - 1]?.end ?? d.quoteEnd
    }
  },
}

