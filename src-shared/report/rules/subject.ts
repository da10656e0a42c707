import { ACTIONS_OF_WORKS, BUILD_ACTIONS, CHAINED_ACTIONS, INNER_ACTIONS, LEADING_ACTIONS, MODAL_ADVERBS, OWNED_MEASURES } from '../words/labels'
import { ACTIONS_BEFORE_WORKS, DEFINING_VERBS, NOUN_STOPS, OBJECT_VERBS, SERIES_VERBS, WORKS_CLOSING_A_LIST } from '../words/verbs'
import { ACTIONS_OPENING_A_LABEL, clauseStart, cleanLabel, readPre, stripBeneficiary, withoutDoer } from './clause'
import { conjoinedWorks } from './build-action'
import { withoutFieldAfterExamples } from './field-of-work'
import { isVagueLabel } from './confidence'
import { GOVERNMENT_LEVELS } from '../words/places'
import type { Rule } from './types'

/** A predicate of at most two words ending the clause right after a figure (`100%达标`), or ''. */
function shortPredicate(norm: string, at: number): string {
  const m = /^(达标|覆盖|合格|通过|完成|实现|到位|落实)(?=[,;。!?:、\n]|$)/.exec(norm.slice(at, at + 6))
  return m ? (m[1] as string) : ''
}

/** Verbs and adverbs that make a list item a clause of its own. */
const ADVERB_BEFORE_INNER_ACTION = new RegExp(`(?:共|累计|合计|全年|当年|${MODAL_ADVERBS.join('|')})$`)
const ITEM_VERBS = [...OBJECT_VERBS, ...NOUN_STOPS, ...LEADING_ACTIONS.filter((w) => w.length > 1)]

/** Works chained to the verb before a list (`和改建`, `改造`, `投用` of `新建和改建…`, `新建改造…`, `建成投用…`). */
const CHAINED_TO_LEADING_VERB = new RegExp(
  `^(?:[和及与、]?(?:${[...new Set([...BUILD_ACTIONS, ...CHAINED_ACTIONS, ...ACTIONS_OF_WORKS])].filter((w) => w.length > 1).sort((a, b) => b.length - a.length).join('|')}))+`,
  'u',
)

/** Works an item may be named by, closing it (`中低产田改造`, `高标准农田建设`): a thing done, no verb of the item. */
const WORKS_NAMING_AN_ITEM: readonly string[] = [...WORKS_CLOSING_A_LIST, '建设', '治理']

/**
 * Whether the verb found at `at` of the body is a verb of an item, not part of a name (`保障性住房`; `…改造` closing an
 * item of a list of works, whose last item closes with a work too: `中低产田改造、高标准农田建设`, not `基地提速建设、产值`).
 */
function itemVerbAt(body: string, v: string, at: number, worksListed: boolean): boolean {
  const after = body.slice(at + v.length, at + v.length + 1)
  if (after === '性') return false
  const closesItem = after === '' || /^[、和及与]/u.test(after)
  // (The item names its thing before the work: `小区改造`, not `拆除、改造`.)
  const itemStart = Math.max(...['、', '和', '及', '与'].map((j) => body.lastIndexOf(j, at - 1) + 1))
  return !(worksListed && closesItem && at - itemStart >= 2 && WORKS_NAMING_AN_ITEM.includes(v))
}

/** No verb inside the items (`项目全面达产、完成年产值`, `实施城市更新行动、完成投资`) past the one before them all. */
function hasItemVerb(listed: string): boolean {
  const named = cleanLabel(listed)
  const verb = OBJECT_VERBS.find((v) => named.startsWith(v))
  // (新建和改扩建中小学、幼儿园, 新建改造供排水、供热管网, 建成投用学校、幼儿园: works chained to the verb are the verb's,
  // no item's.)
  const afterVerb = verb ? named.slice(verb.length) : named
  const chained = verb ? CHAINED_TO_LEADING_VERB.exec(afterVerb)?.[0] ?? '' : ''
  const body = verb ? afterVerb.slice((chained || conjoinedWorks(afterVerb)).length) : named
  // (新建、改扩建幼儿园, 累计拆除、改造: verbs listed before one thing, or before none, are no list of things.)
  if (chained.includes('、') && !/[、和及与]/u.test(body)) return true
  if (body === '') return true
  const lastItem = body.split(/[、和及与]/u).pop() ?? ''
  const worksListed = WORKS_NAMING_AN_ITEM.some((w) => lastItem.endsWith(w))
  return ITEM_VERBS.some((v) => {
    for (let at = body.indexOf(v); at >= 0; at = body.indexOf(v, at + 1)) if (itemVerbAt(body, v, at, worksListed)) return true
    return false
  })
}

const WORDY_BEFORE_DENG = '高平同对中初超均甲乙'
const WORDY_AFTER_DENG = '级次于'

/**
 * The subject of the clause is the label: `全市地区生产总值增长3.3%` → 地区生产总值. An enumeration before 等
 * is dropped (`装备制造、纺织服装等主导产业占…` → 主导产业占…), and an action inside the label goes
 * (`省列重大项目完成投资` → 省列重大项目投资); who did it owns the short items that follow
 * (`省属企业完成产业类投资553.1亿元，研发投入133.5亿元` → 省属企业研发投入).
 */
const OWNED_ITEM_MAX = 4
/** Units that count bodies or people (`20家`, `13户`): with them the doer before a linking verb is what is counted. */
const BODY_UNITS: readonly string[] = ['家', '户', '名', '人', '万人', '所', '位']
/** The longest item before the last that shares the last one's head (`卫生`, `养老`). */
const SHARING_ITEM_MAX = 4
/** A number with a counter after it (`11类`, `5年`), not one inside a name (`500强`, `3C数码`, `5G`). */
const OWN_FIGURE_IN_ITEM = /\d(?:\.\d+)?[^\d.强A-Za-z]/
/** Verbs that may stand alone as items of a list of verbs (`新建、续建…`, `建设、养护…`). */
const VERBS_ALONE: readonly string[] = [...ACTIONS_OF_WORKS, ...SERIES_VERBS, ...DEFINING_VERBS, ...ACTIONS_BEFORE_WORKS, '养护', '维修', '组织']
export const subject: Rule = {
  name: 'subject',
  apply(st, ctx) {
    if (st.dropped || st.drafts.every((d) => d.label !== '')) return
    // 林分优化提升200万亩: 提升 after a work (优化提升, 抚育提升) before an area names the work; it raises nothing.
    const work = st.pre.verbWord === '提升' && st.tokens[0]?.cls === 'measure' && /(优化|抚育|改造|绿化|美化|整治|亮化)$/.test(st.pre.subject)
    let raw = work ? `${st.pre.subject}提升` : st.pre.subject
    let quoteStart = st.clauseStart
    // 举办大型旅游、演艺、体育赛事活动600场, 参加医疗、养老、失业、工伤保险约70万人次: one figure for short items
    // named together, without a verb of their own (the first may carry the owner and the verb).
    const items = st.listPre.subject.split('、')
    // 实施教育、卫生、养老、城乡基础设施补短板项目4480个: after short items the last may carry the head they share.
    // (Items holding figures of their own, `…服务项目11类`, `连续5年盈利`, are no such list; a name with a number is one.
    // Nor are verbs alone, `新建、续建外来投资项目到位资金`: the verbs of one thing, which the label files drop.)
    const sharedHead = (k: number): boolean =>
      k === items.length - 1 && items.slice(1, -1).every((x) => x.length <= SHARING_ITEM_MAX) && !items.some((x) => OWN_FIGURE_IN_ITEM.test(x)) &&
      !items.slice(0, -1).some((x) => VERBS_ALONE.includes(x))
    // (创建国家、省、市卫生镇: a level of government alone is an item too, between others.)
    const levelAlone = (x: string, k: number): boolean => k > 0 && k < items.length - 1 && GOVERNMENT_LEVELS.includes(x)
    const itemFits = (x: string, k: number): boolean =>
      (x.length >= 2 || levelAlone(x, k)) && x.length <= (k === 0 || sharedHead(k) ? 16 : 8) && !x.startsWith('占')
    if (
      st.drafts.length === 1 && st.listStart < st.clauseStart && !st.listPre.respectively && !st.listPre.each &&
      st.pre.verb === null && items.length > 1 && items.every(itemFits) &&
      /^[\u4e00-\u9fff]/.test(st.listPre.subject) && !/^(和|及|与|以及|并)/.test(st.listPre.subject) && !/等/.test(st.listPre.subject) &&
      !hasItemVerb(st.listPre.subject)
    ) {
      raw = st.listPre.subject
      quoteStart = st.listStart
    }
    const deng = raw.lastIndexOf('等')
    if (deng > 0 && deng < raw.length - 1) {
      const wordy = WORDY_BEFORE_DENG.includes(raw[deng - 1] as string) || WORDY_AFTER_DENG.includes(raw[deng + 1] as string)
      // 蔬菜、水果、水产等产量: a bare measure after 等 measures the things listed, which stay in the label.
      const measureOfList = OWNED_MEASURES.includes(cleanLabel(raw.slice(deng + 1)))
      // 大学生等各类人才 → 各类人才: one named example goes too, unless what follows names too little (会展等活动).
      const named = st.clauseStart !== st.listStart || raw.slice(0, deng).includes('、') || !isVagueLabel(cleanLabel(raw.slice(deng + 1)))
      if (!wordy && !measureOfList && named) {
        // 新增风电、光伏等新能源装机: a verb that defines what is counted opens the whole and stays (新增新能源装机).
        const opening = verbsOpening(raw.slice(0, deng))
        if (!opening) quoteStart = st.clauseStart + deng + 1
        // (新材料、生物医药等领域实施…: the field closing the examples goes with them.)
        raw = opening + withoutFieldAfterExamples(raw.slice(deng + 1), ACTIONS_OPENING_A_LABEL)
      }
    }
    // 超百亿元的项目7个, 亿元以上项目100个: the subject runs back over a bounded attribute before it (a class of
    // things); one thing's own figure before 的 (`投资3.23亿元的拆炉并网工程`) is no part of its name.
    const afterBound = ctx.sentence.droppedBound === st.clauseStart
    if ((/^的/.test(raw) && ctx.sentence.droppedClass) || afterBound) {
      const from = clauseStart(ctx.norm, st.tokens[0]?.start ?? st.clauseStart, 0)
      raw = readPre(ctx.norm.slice(from, st.tokens[0]?.start ?? from)).subject
      quoteStart = from
    }
    // 高校院所开展科技合作项目72项: a doer before a linking verb owns no part of what is measured.
    // (新增实体企业开展电子商务20家: a count of bodies counts the doers; they stay.)
    const countsDoers = st.tokens.some((t) => BODY_UNITS.includes(t.unit))
    let label = cleanLabel(countsDoers ? raw : withoutDoer(raw))
    // 连续4年每年新增超100家: a defining verb alone names nothing; the sentence's subject does.
    if (DEFINING_VERBS.includes(label)) label = ctx.sentence.subject?.startsWith(label) ? ctx.sentence.subject : ''
    // 超50亿元的4个: a label that is itself a figure names nothing.
    if (/^[超近约逾]?[\d.]+[万亿千百]*[^\d]{0,2}$/.test(label)) label = ''
    let owner: string | undefined
    for (const action of INNER_ACTIONS) {
      const at = label.indexOf(action)
      // (初步安排的重点项目: a verb before 的 makes a relative clause of the name; it stays.)
      if (at > 1 && at + action.length < label.length - 1 && label[at + action.length] !== '的') {
        // 蔬菜基地配套建设共完成投资, 新城要完成投资: an adverb before the action goes with it.
        owner = label.slice(0, at).replace(ADVERB_BEFORE_INNER_ACTION, '')
        // 向困难群众发放价格临时补贴: the preposition of whom it was given to goes; the beneficiary stays (困难群众价格临时
        // 补贴), as the label files write 对种粮农民发放…补贴.
        owner = stripBeneficiary(owner)
        label = owner + label.slice(at + action.length)
      }
    }
    const previous = ctx.sentence.previous[0]
    if (!owner && previous?.owner && label.length > 0 && label.length <= OWNED_ITEM_MAX && !label.startsWith(previous.owner)) {
      owner = previous.owner
      label = owner + label
    }
    // 比上年年初预算增加1800亿元: a comparison base is no subject.
    if (/^(比|较)(上年|去年|同期|年初|\d{4}年|[\d一二三四五两]+年前)|^(同比|相比)/.test(label)) label = ''
    // 比去年预算高0.2个百分点: last year's budgeted figure is the base, no subject either.
    if (/^(比|较)(上年|去年)(年初)?预算(高|低|多|少)?$/.test(raw.trim())) label = ''
    // 水源水质100%达标: a share of what meets the predicate after it.
    const first = st.tokens[0]
    const predicate = first?.cls === 'pct' && st.drafts.length === 1 ? shortPredicate(ctx.norm, first.end) : ''
    if (label && predicate) label = `${label}${predicate}${predicate.endsWith('率') ? '' : '率'}`
    for (const d of st.drafts) {
      if (d.label !== '') continue
      d.label = label
      d.labelSource = label ? 'subject' : null
      d.quoteStart = quoteStart
      if (owner) d.owner = owner
    }
  },
}

const OPENING_VERBS = [...DEFINING_VERBS, ...SERIES_VERBS].sort((a, b) => b.length - a.length)

/**
 * The verbs that open an enumeration before 等 and define what is counted (`新增…等`, `新建续建改造…等`): one the label
 * files keep before what they count (5/0 before 等), with the works chained to it. '' when none opens it.
 */
function verbsOpening(listed: string): string {
  const head = OPENING_VERBS.find((v) => listed.startsWith(v))
  if (!head) return ''
  let opening = head
  for (let next = ACTIONS_OF_WORKS.find((w) => listed.startsWith(w, opening.length)); next; next = ACTIONS_OF_WORKS.find((w) => listed.startsWith(w, opening.length))) {
    opening += next
  }
  return opening.length < listed.length ? opening : ''
}
