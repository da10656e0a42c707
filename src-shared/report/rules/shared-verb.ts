import { CAPACITY_HEADS, CAPACITY_KINDS_BEFORE, CHAINED_ACTIONS, MEASURES_OF_A_THING, NOUNS_OPENING_WITH_XIN } from '../words/labels'
import { BRACKETED_BUILD_VERB, MATTER_CHANGES, MATTER_EVENTS, OBJECT_VERBS, PROJECT_EVENTS, SERIES_VERBS, SHARED_VERBS } from '../words/verbs'
import { newBuildingChainAtStart } from './build-action'
import { isGeneric } from './generic-label'
import type { Draft, Rule, Statement } from './types'

/**
 * In a series of items joined by 、, a defining verb on the first item covers the rest:
 * `新增省级创新平台30个、专精特新中小企业100户` → 新增专精特新中小企业; `新增城区绿地面积144亩、造林面积5845亩`;
 * and so it does for the part after 其中 (`净增经营主体242.8万户，其中企业57.5万户` → 净增企业). A verb kept before what it
 * counts (SERIES_VERBS) covers the items of a 、 series, a list paired by 各/分别 among them (`开工…4万套、公租房2.4万套` → 开工公租房), not a part after 其中.
 */
export const sharedVerb: Rule = {
  name: 'shared-verb',
  apply(st, ctx) {
    const previous = ctx.sentence.previousStatement
    // `新增10亿元以上企业3家、50亿元以上企业1家`: an item whose name opens with a size of its own starts at that size.
    const size = st.dropped ? '' : ownSizeBefore(st, ctx.norm)
    const itemStart = st.clauseStart - size.length
    const among = /^其中/.test(ctx.norm.slice(st.clauseStart, st.clauseStart + 2)) || (size !== '' && /[,，]其中$/u.test(ctx.norm.slice(itemStart - 3, itemStart)))
    const previousEnd = previous?.tokens[previous.tokens.length - 1]?.end ?? -1
    const afterListComma = st.afterListComma || (size !== '' && previousEnd >= 0 && ctx.norm[previousEnd] === '、' && itemStart === previousEnd + 1)
    const counted = !among && countedItemAfter(st, previous, ctx.norm)
    // A level reached (`森林覆盖率从31%提高到35%`) is no item of a series of additions.
    if (st.dropped || !(afterListComma || among || counted) || st.pre.verb !== null || st.shape === 'from-to') return
    const head = previous?.drafts[0]?.label ?? ''
    // 新建改建扩建5条旅游公路、10个旅游景区: works chained to 新建 are shared whole (新建改建扩建旅游景区).
    const chain = newBuildingChainAtStart(head)
    // 新（改、扩）建幼儿园45所、…学校19所: a build verb with its other deeds in brackets is shared as written.
    const bracketed = BRACKETED_BUILD_VERB.exec(head)?.[0]
    const listed = bracketed ?? verbPair(head, SHARED_VERBS.find((v) => head.startsWith(v)))
    const shared = chain.length > (listed?.length ?? 0) && head.length > chain.length + 1 ? chain : listed
    if (!shared || (among && SERIES_VERBS.includes(shared))) return
    // …and takes what the first item's size measures along with the verb (`新培育年产值50亿元以上企业1家、20亿元以上企业5家`
    // → 新培育年产值20亿元以上企业).
    const verb = size ? shared + sizedMeasure(head.slice(shared.length)) : shared
    // 292个销售网点、7个连锁超市, 100项新增投资重大项目、…: a verb inside the noun counted before is no verb of the series.
    if (counted && previous?.noun && ctx.norm.slice(previous.noun.start, previous.noun.end).includes(verb)) return
    // 改造老旧小区…、启动城中村改造…: an item that opens with a verb of its own keeps to it, though its label drops it.
    if (hasOwnVerb(ctx.norm.slice(st.clauseStart, st.tokens[0]?.start ?? st.clauseStart))) return
    for (const d of st.drafts) {
      // An item with a verb of its own (再就业, 新建…) keeps it; a measure of the first item (`…、总量突破340万户`)
      // is no item of the series: generic-label names it (市场主体总量).
      // A measure of the things counted before (`签约项目36个、合同金额120亿元`) is no item either: generic-label names it.
      if ((d.labelSource === 'subject' || counted || LISTED.includes(d.labelSource)) && d.label && !hasOwnVerb(d.label) && !isGeneric(d.label) && !MEASURES_OF_A_THING.includes(d.label)) d.label = verb + capacityOfItem(head.slice(verb.length), d.label)
    }
  },
}

/** The longest bare industry a capacity series names alone (`焦炭`, `电解铝`, `平板玻璃`). */
const INDUSTRY_ITEM_MAX = 4

/**
 * `淘汰落后钢铁产能1498万吨、焦炭3507万吨`, `…、焦炭产能1058万吨`: where the first item names a capacity of a kind (落后…产能,
 * …过剩产能) of its industry, a later item of a bare industry, or of its capacity, takes what the first says of it (淘汰落后焦炭产能). `rest` is the first
 * item's label after the verb; any other item is returned as it is.
 */
function capacityOfItem(rest: string, item: string): string {
  const tail = CAPACITY_HEADS.find((h) => rest.endsWith(h))
  if (!tail) return item
  const kind = CAPACITY_KINDS_BEFORE.find((k) => rest.startsWith(k) && rest.length > k.length + tail.length) ?? ''
  // (新增煤炭产能…、火电装机…: capacity of no kind names no frame the next item shares; 装机 is a capacity of its own.)
  if (!kind && tail === '产能') return item
  const bare = item.endsWith('产能') ? item.slice(0, -'产能'.length) : item
  if (!/^\p{Script=Han}+$/u.test(bare) || [...bare].length > INDUSTRY_ITEM_MAX || CAPACITY_KINDS_BEFORE.some((k) => bare.includes(k))) return item
  return kind + bare + tail
}

/** A size that names a class of things (`50亿元以上`, `亿元以上`, `35千伏及以上`): an amount with its bound, nothing else. */
const CLASS_SIZE = /(?:\d+(?:\.\d+)?|[一二三四五六七八九十百千]+)?[万亿]?(?:元|吨|千瓦|千伏|平方米|亩)及?以[上下]$/u

/** The size a statement's item name opens with, written right before its clause (the size was read as a figure), or ''. */
function ownSizeBefore(st: Statement, norm: string): string {
  const size = CLASS_SIZE.exec(norm.slice(Math.max(0, st.clauseStart - 12), st.clauseStart))?.[0] ?? ''
  return size && st.drafts.every((d) => d.label.startsWith(size)) ? size : ''
}

/** What the first item's own size measures (`年产值` of `年产值50亿元以上企业`), or '' when its name holds no size. */
function sizedMeasure(rest: string): string {
  const at = rest.search(/(?:\d|[一二三四五六七八九十百千]*[万亿]元)/u)
  const measure = at > 0 ? rest.slice(0, at) : ''
  return /^\p{Script=Han}{1,4}$/u.test(measure) && CLASS_SIZE.test(rest.slice(0, rest.search(/以[上下]/u) + 2)) ? measure : ''
}

/** `新增院士专家工作站18个、省级科技企业孵化器和众创空间各2家`: the items of a list after the comma are the series' items too. */
const LISTED: readonly (Draft['labelSource'])[] = ['list', 'list-completed']

/**
 * `新增1个国家级产业集群、2个现代农业产业园`: a count before its noun right after another, with only 、 between, is an item
 * of the same series (not a share: `80%的…、94%的…` are each their own).
 */
function countedItemAfter(st: Statement, previous: Statement | null, norm: string): boolean {
  if (!previous?.noun || st.tokens[0]?.cls === 'pct' || previous.drafts[0]?.labelSource !== 'noun') return false
  return st.drafts.every((d) => d.labelSource === 'noun') && norm.slice(previous.noun.end, st.tokens[0]?.start) === '、'
}

/** Nouns that open with an event (`上市公司` is a listed company: nothing is listed in the item), so no verb of their own. */
const NOUNS_OPENED_BY_AN_EVENT: readonly string[] = ['上市公司', '上市企业', '上市后备企业', '挂牌企业']

/** 再就业, 新建…, 提质改造…, 签约金额, 基本建成: an item that opens with a verb of its own keeps it alone. */
function hasOwnVerb(label: string): boolean {
  if (NOUNS_OPENED_BY_AN_EVENT.some((w) => label.startsWith(w))) return false
  return (
    (/^(再|新|净|改|建|增|减|提质|提升|更新|盘活)/.test(label) && !NOUNS_OPENING_WITH_XIN.some((w) => label.startsWith(w))) ||
    [...CHAINED_ACTIONS, ...SHARED_VERBS, ...PROJECT_EVENTS, ...MATTER_CHANGES].some((a) => a.length > 1 && label.startsWith(a)) ||
    // 衔接国家取消和接收下放行政审批事项: an item that names what is done to the matters inside keeps to it.
    MATTER_EVENTS.some((w) => label.includes(w)) ||
    OBJECT_VERBS.some((v) => v.length > 1 && label.startsWith(v) && label.length > v.length + 1)
  )
}

/**
 * `新建、改造农村电网线路600公里、配电台区400个`: a verb joined by 、 (or 和, 及) to another of the series' verbs goes with
 * it; the pair is the verb each item shares (新建、改造配电台区, not 新建配电台区).
 */
function verbPair(head: string, verb: string | undefined): string | undefined {
  if (!verb || !/^[、和及]/u.test(head.slice(verb.length))) return verb
  const rest = head.slice(verb.length + 1)
  const second = SHARED_VERBS.filter((v) => rest.startsWith(v) && rest.length > v.length).sort((a, b) => b.length - a.length)[0]
  return second ? head.slice(0, verb.length + 1 + second.length) : verb
}
