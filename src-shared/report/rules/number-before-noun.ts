import { indicatorOf } from '../indicators'
import { CLOSING_PREDICATES, COUNT_NAMING_BUILD_VERBS, COVERING_VERBS, DEFINING_VERBS, FRAMES_AROUND_NOUN, NAMING_BUILD_VERBS, RESULT_COMPLEMENTS, TASKS_AFTER_COUNTED, TASKS_COUNTED_BY, VERBS, VERBS_OF_EVENTS, WORK_AFTER_COUNTED, WORKS_GOING_WITH_A_TASK, WORKS_ON_COUNTED } from '../words/verbs'
import { COUNT_DEFINING_VERBS, DESTINATION_MARKERS } from '../words/counting-verbs'
import { REBUILDING_VERBS } from '../words/verbs'
import { ADVERBS, LEADING_ADVERBS, VERB_ADVERBS } from '../words/labels'
import { ADVERBS_BEFORE_AN_OPENING_VERB } from '../words/counting-verbs'
import { AIMING_PREPOSITIONS, CATEGORY_COUNT_AT_END, STATES_OPENING_WITH_ZAI, CATEGORY_NOUNS, CATEGORY_UNITS, FUNDS_NAMED_BY_THEIR_DEED, PEOPLES, SCOPE_PREFIXES, SHORT_NOUNS_STANDING_ALONE } from '../words/labels'
import { EVERY_PLACE, cleanLabel, lastObjectVerb, objectClause, objectVerbAtEnd, predicateAfter, readPre, stripBeneficiary } from './clause'
import { ITEM_KINDS_BY_ENDING } from '../words/places'
import { itemAfterCountedNoun } from './attributive'
import { labelWithActingVerb, verbWithShortNoun } from './verb-with-short-noun'
import { countAfterParticle } from './particle-before-count'
import { isBuildChain, newBuildingChainAtEnd, newBuildingChainAtStart } from './build-action'
import { receivedAfter, receivedLabel } from './received'
import type { Rule, RuleContext, Statement } from './types'

/**
 * A number before its noun: `新增150项关键技术`, `发行1万亿元抗疫特别国债`, `惠及500多万在校生`,
 * `10个“二线口岸”正式启用`, `完成了老城区8条、12.3公里道路提升改造`, `对种粮农民一次性发放200亿元补贴`.
 * The label is the noun, after what qualifies it before the verb or between the verb and the number; the verb
 * goes unless it defines what is counted (`新增`).
 */
const CATEGORY_RUN = new RegExp(
  `(?<!第)新?[\\d一二三四五六七八九十两]+(?:(?:个|大)?(?:${CATEGORY_NOUNS.join('|')})|${CATEGORY_UNITS.join('|')})`,
  'g',
)

/** Adverbs of manner (有效, 切实, 大力): alone before the verb, they name no owner of the things counted. */
const MANNER_ALONE: ReadonlySet<string> = new Set([...ADVERBS, ...VERB_ADVERBS, ...LEADING_ADVERBS, ...ADVERBS_BEFORE_AN_OPENING_VERB])

export const numberBeforeNoun: Rule = {
  name: 'number-before-noun',
  apply(st, ctx) {
    if (st.dropped || st.tail !== 'noun' || !st.noun || st.shape === 'from-to') return
    if (st.drafts.some((d) => d.label !== '')) return
    // 12类55件民生实事: the count of categories before is no part of the label.
    const raw = objectClause(st.pre).replace(CATEGORY_COUNT_AT_END, '')
    // 床位提升200张: the subject grew by the count; but 改造提升272所村卫生室 and 新建和改造提升112万亩高标准农田 are
    // chains of verbs before the things counted.
    const subject = cleanLabel(st.pre.subject)
    if (st.pre.verb !== null && subject !== '' && raw === st.pre.subject && objectVerbAtEnd(subject) !== subject && !isBuildChain(subject)) return
    // 5岁以下儿童死亡率: an age before a noun describes it; it is no figure.
    if (st.tokens.some((t) => t.unit === '岁')) {
      st.dropped = true
      // 孕产妇、5岁以下儿童死亡率分别…: the clause goes on over the age.
      st.transparent = true
      return
    }
    // 101条背街巷道的综合改造: the work done on the things counted reads without its 的; a relative clause before the
    // things keeps it (符合条件的贫困人员, 有国际竞争力的科技领军企业).
    const counted = (text: string): string => {
      const whole = cleanLabel(text)
      return WORKS_ON_COUNTED.some((w) => whole.endsWith(w)) ? whole.replace(/的/g, '') : whole
    }
    const nounText = ctx.norm.slice(st.noun.start, st.noun.end)
    // 14亿中国人的饭碗, 1亿人口大省: a whole people's number says whose the thing after it is; it is no figure.
    if (PEOPLES.some((w) => nounText.startsWith(w) && nounText.length > w.length)) {
      st.dropped = true
      return
    }
    // 6个全国冠军, 3个全省示范县: after a count the scope is part of what is counted, not where it is.
    const scope = SCOPE_PREFIXES.find((w) => nounText.startsWith(w) && nounText.length > w.length + 1)
    const cleaned = counted(nounText)
    const named = scope && !cleaned.startsWith(scope) && counted(nounText.slice(scope.length)) === cleaned ? scope + cleaned : cleaned
    const things = withoutTask(named, st.tokens[0]?.unit ?? '')
    const work = WORK_AFTER_COUNTED.find((w) => things.endsWith(w) && things.length - w.length >= 3)
    let noun = work ? things.slice(0, -work.length) : things
    const frame = FRAMES_AROUND_NOUN.find(([v, tail]) => raw.endsWith(v) && noun.endsWith(tail) && noun.length > tail.length + 1)
    if (frame) noun = noun.slice(0, -frame[1].length)
    // 在3条旅游线路上，设置…, 在725万千瓦的负荷峰值下: the localiser closing a frame opened before the count (在…上, 在…中) is no part of the things,
    // where it closes the clause (not 在8个领域集中开展…, where 中 opens a word).
    const closesClause = /^[,，;；。、:：!！?？\n]|^$/.test(ctx.norm.slice(st.noun.end, st.noun.end + 1))
    if (frameBefore(st, ctx) === '在' && closesClause && /[上中里内下]$/.test(noun) && [...noun].length > 3) noun = noun.slice(0, -1)
    if (!noun) return
    // 抓好10个方面工作: a count of categories of work names no thing a slide could show.
    if (CATEGORY_NOUNS.some((c) => noun.startsWith(c))) {
      st.dropped = true
      return
    }
    // 选派1000名教师到乡村学校: the counted noun ends where the destination begins (not at the 到 of 达到).
    if (st.tokens[0]?.cls === 'count') {
      for (const m of DESTINATION_MARKERS) {
        const at = noun.indexOf(m)
        const inVerb = VERBS.some(([w]) => w.length > m.length && w.endsWith(m) && noun.startsWith(w, at + m.length - w.length))
        if (at >= 2 && noun.length - at > 2 && !inVerb) noun = noun.slice(0, at)
      }
    }
    let before = raw
    let after = ''
    let kept = ''
    const verb = lastObjectVerb(raw)
    if (verb) {
      before = raw.slice(0, verb.at)
      after = raw.slice(verb.at + verb.verb.length)
      const complement = RESULT_COMPLEMENTS.find((c) => after.startsWith(c))
      if (complement) after = after.slice(complement.length)
      if ([DEFINING_VERBS, NAMING_BUILD_VERBS, COUNT_DEFINING_VERBS].some((words) => words.includes(verb.verb))) kept = verb.verb
      // 整合769亿元资金: funds are named by the deed that gathered them (整合资金, as 筹集资金).
      if (FUNDS_NAMED_BY_THEIR_DEED.includes(verb.verb + noun)) kept = verb.verb
      if (COUNT_NAMING_BUILD_VERBS.includes(verb.verb) && st.tokens[0]?.cls === 'count') kept = verb.verb
      // 改造108个老旧小区 → 改造老旧小区: a verb that makes the thing counted a standard indicator (the sample's 改造老旧小区)
      // stays; before other things the label files split on 改造 and its chains (建设改造, 升级改造 dropped; 提质改造 kept).
      if (!kept && st.tokens[0]?.cls === 'count' && indicatorOf(verb.verb + noun) !== null) kept = verb.verb
      // 新培育20家外贸企业, 新设立8支基金: 新 makes the verb one that defines what is counted, as in 新培育外贸企业20家.
      if (before.endsWith('新') && !kept.startsWith('新')) {
        kept = `新${verb.verb}`
        before = before.slice(0, -1)
      }
      // 开工建设18所幼儿园: a defining verb that heads the chain keeps the chain (开工建设).
      const head = COUNT_DEFINING_VERBS.find((v) => before.endsWith(v))
      if (head && WORK_AFTER_COUNTED.includes(verb.verb)) {
        kept = head + verb.verb
        before = before.slice(0, -head.length)
      }
      // 新建改建443个村居公园, 新建和改造23个公园广场: works chained to 新建 before a count say which things are counted
      // (built or rebuilt), so the chain stays whole.
      // (新建和改造提升: the last verb found may be one of the chain's, before the rest of it, or the chain may end in a verb
      // read as the clause's, 提升.)
      const whole = `${raw}${st.pre.verbWord ?? ''}`
      const text = newBuildingChainAtEnd(whole) ? whole : raw
      const chainEnd = newBuildingChainAtEnd(text) ? text.length : verb.at + verb.verb.length
      const chain = st.tokens[0]?.cls === 'count' ? newBuildingChainAtEnd(text.slice(0, chainEnd)) : ''
      if (chain.length > kept.length) {
        kept = chain
        before = raw.slice(0, chainEnd - chain.length)
        after = text.slice(chainEnd)
      }
    }
    // X、Y等6项封关政策, 承接产业转移主平台和7个大型产业集聚区: the words before belong to other items; but a verb that
    // defines what is counted opens them all (新开工甲至乙等6条高速公路).
    // 升级建设的中心卫生院聘任100名…医生: the verb found heads a relative clause (建设的) of who does the counting with a
    // verb of its own the vocabulary does not know (聘任); the things counted are the noun alone.
    if (verb && after.startsWith('的') && /\p{Script=Han}{2}$/u.test(after) && !after.endsWith('的')) {
      before = ''
      after = ''
      kept = ''
    }
    if (/[等和及与、]$/.test(raw)) {
      before = ''
      after = ''
      // 签约甲、乙等272个项目: the verb opens the whole list of examples, before its first 、.
      kept = /等$/.test(raw) ? definingOpening(raw) || definingOpening(ctx.norm.slice(st.listStart, st.tokens[0]?.start ?? st.listStart)) : ''
    }
    // 推出8个方面90项政策措施: the count of categories is no part of the label; nor is where (`城区内178座…`).
    after = after.replace(CATEGORY_RUN, '').replace(/[内里]$/, '')
    // 完成对6个示范区的考评: 对 opens the things a later deed acts on (对…实施改造), as 改造6个示范区 does; no part of
    // their name.
    after = after.replace(FRAME_OPENER_AT_END, (m) => (m === '对' ? '' : m))
    // 累计培育形成…: a chain of actions before the number.
    let owner = readPre(cleanLabel(before)).subject
    for (let v = objectVerbAtEnd(owner); v; v = objectVerbAtEnd(owner)) owner = readPre(owner.slice(0, -v.length)).subject
    // 选手在第47届世界技能大赛上夺得…: where it happened is no part of the name.
    owner = owner.replace(/在[^,，。]{1,24}[上中里内]$/, '')
    // 在市属医院打造25个重点专科, 在市区新建5处停车场: where the work is done, before its verb, is no part of what it
    // counts (a state opening with 在, `在建`, is). Not a frame closed after the noun (`在…的基础上`, `在…项目中`), nor a
    // relative clause (`在珠海落地的…`): those are read as before, and flagged.
    // 各市组建了41家企业集团, 支持各市州在中心城区打造5个…: after a count the label is the things; every place of a
    // level that does the work is no part of them (a subject keeps it: `各市化减政府性债务`).
    owner = owner.replace(EVERY_PLACE, '')
    if (placeBeforeVerb(owner, raw, noun)) owner = ''
    // 面向沿线国家布局建设5家合作载体, 围绕主导产业引进12个项目: whom or what the work is aimed at is how it is done,
    // not who did it.
    if (AIMING_PREPOSITIONS.some((p) => owner.startsWith(p))) owner = ''
    // 我们谋划了1481个重大项目: a verb the vocabulary does not know, with 了, is no part of what it counts.
    if (!verb && countAfterParticle(raw, noun)) owner = ''
    // 66个重点项目54亿元的投资计划: the things just counted own the amount.
    const previous = ctx.sentence.previousStatement
    if (raw === '' && previous?.noun && previous.noun.end === st.clauseStart && previous.drafts[0]?.labelSource === 'noun') {
      owner = previous.drafts[0].label
    }
    // 扩建和新建6家卫生院: a verb joined to the kept one stays joined (扩建和新建卫生院).
    // 有效解决422万农村居民…, 切实减轻…: an adverb of manner left alone before the verb is how it was done, no owner.
    const doerOrManner = stripBeneficiary(cleanLabel(owner))
    const doer = MANNER_ALONE.has(doerOrManner) ? '' : doerOrManner
    const joined = kept && doer && /[和及与、]$/.test(before) ? before.slice(-1) : ''
    // 依法取缔65家“十小”污染企业: a verb acting on the things counted that no rule above knows names them (取缔…企业).
    // (A noun of two characters is named with its verb below, only when it closes the clause: `关停300家制造、锻造…企业`.)
    const acting = !verb && st.tokens[0]?.cls === 'count' && [...noun].length > 2 ? labelWithActingVerb(raw, noun) : null
    let label = acting ?? doer + joined + kept + cleanLabel(after) + noun
    // 96.2%的养老机构开展医养结合: a share of the noun doing what follows it.
    let quoteEnd = st.noun.end
    // 实现33个贫困县摘帽: what was achieved is the event, not the things.
    const event = CLOSING_PREDICATES.find((w) => predicateAfter(ctx.norm, st.noun?.end ?? 0) === w)
    if (event && VERBS_OF_EVENTS.some((v) => st.pre.verbWord === v || raw.endsWith(v))) {
      label += event
      quoteEnd += event.length
    }
    // 3.8万户家庭用上了管道天然气, 3名个人受到全国表彰: what they got says which are counted (家庭用上管道天然气).
    const received = st.tokens[0]?.cls === 'count' ? receivedAfter(ctx.norm, st.noun.end) : ''
    if (received) {
      label += receivedLabel(received)
      quoteEnd += received.length
    }
    const predicate = st.tokens[0]?.cls === 'pct' ? predicateAfter(ctx.norm, st.noun.end) : ''
    if (predicate) {
      label = `${label}${predicate.replace(/[“”"‘’'《》「」]/g, '')}比例`
      quoteEnd = st.noun.end + predicate.length
    }
    // 覆盖95%以上行政村: a share of the things a service covers is its coverage of them (行政村覆盖率), of what the
    // sentence is about when the clause names no owner (建成5G基站…、覆盖… → 5G基站行政村覆盖率).
    if (!predicate && verb && COVERING_VERBS.includes(verb.verb) && st.tokens[0]?.cls === 'pct') {
      label = `${cleanLabel(owner) || (ctx.sentence.subject ?? '')}${noun}覆盖率`
    }
    // 改造提升12条道路: a two-character works noun after a verb of rebuilding is named with it (改造提升道路), as the
    // label files write it; alone it would say too little. Not when a list goes on after it (改造8个小区、5条道路的管网).
    const rebuilt = /^\p{Script=Han}{2}$/u.test(label) && !kept && label === noun && !/[、和及与]/.test(ctx.norm[st.noun.end] ?? '') ? rebuildingVerbBefore(ctx.norm.slice(st.clauseStart, st.tokens[0]?.start ?? st.clauseStart)) : null
    if (rebuilt) label = rebuilt + label
    // 17个区、2个县, 5项工程: a one- or two-character noun alone says too little to stand on a slide; it is
    // not shown, but the sentence is about it (`31条公路，总里程达到79.46公里` → 公路总里程).
    // 选派1094名干部, 服务1108家企业: a short noun right after a verb that acts on it is named with the verb (选派干部).
    const withVerb = label === noun && st.tokens[0]?.cls === 'count' ? verbWithShortNoun(raw, noun, ctx.norm.slice(st.noun.end, st.noun.end + 8)) : null
    if (withVerb) label = withVerb
    if ([...label].length <= 2 && !SHORT_NOUNS_STANDING_ALONE.includes(label)) st.silent = true
    const listed = itemAfterCountedNoun(st, ctx)
    for (const d of st.drafts) {
      d.label = label
      d.labelSource = 'noun'
      // 14个产业生态圈、66个产业功能区: an item of a list of counted nouns is quoted with the list so far.
      d.quoteStart = listed ? Math.min(st.clauseStart, listed.drafts[0]?.quoteStart ?? st.clauseStart) : st.clauseStart
      d.quoteEnd = quoteEnd
      if (modifierBeforeSharedBody(ctx.norm, noun, st.noun.end)) d.reasons.add('label-vague')
    }
    st.counted = { noun, raw }
  },
}

/** The longest modifier read as the noun before a 、 list of modifiers (`300家制造、锻造…企业`, `1000家高耗能、高污染企业`). */
const SHARED_BODY_MODIFIER_MAX = 3
/** The bodies a list of modifiers after a count may share (`…等领域的污染企业`). */
const SHARED_BODIES: readonly string[] = ITEM_KINDS_BY_ENDING[1] ?? []

/**
 * `关停300家制造、锻造、小家具等领域的污染企业`, `关停1000多家高耗能、高污染企业`: the noun read after the count is a short
 * modifier, the first of a 、 list that closes the clause in the body counted (企业, 单位…): the figure counts the bodies,
 * which the reading did not reach; a person checks the label.
 */
function modifierBeforeSharedBody(norm: string, noun: string, nounEnd: number): boolean {
  if (norm[nounEnd] !== '、' || [...noun].length > SHARED_BODY_MODIFIER_MAX || SHARED_BODIES.some((b) => noun.endsWith(b))) return false
  const rest = /^[^，,；;。：:\n]*/u.exec(norm.slice(nounEnd))?.[0] ?? ''
  // (101个科技园、2个…园区和50个…企业: items with counts of their own are each their own things.)
  return !/\d/.test(rest) && SHARED_BODIES.some((b) => rest.endsWith(b))
}

/**
 * The things counted without the task set on them (`高标准农田建设任务` → 高标准农田, `农村改厕任务` → 农村改厕), unless the
 * unit counts the tasks (`60项改革任务`).
 */
function withoutTask(named: string, unit: string): string {
  if (TASKS_COUNTED_BY.includes(unit)) return named
  const task = TASKS_AFTER_COUNTED.find((w) => named.endsWith(w))
  if (!task) return named
  const rest = named.slice(0, -task.length)
  // 1万户的年度改造任务, 5万套的目标任务: the task names no thing; nor do things of two characters alone (大棚, 生猪).
  if (/^(?:年度|目标)/.test(rest)) return named
  const works = WORKS_GOING_WITH_A_TASK.find((w) => rest.endsWith(w))
  const things = works ? rest.slice(0, -works.length) : rest
  if ([...things].length < 3 || (task === '工作' && !works)) return named
  return things
}

/** The defining verb (or chain, 开工建设) a clause opens with, or '' (`新改建甲、乙等25所学校` → 新改建). */
export function definingOpening(raw: string): string {
  const verbs = [...COUNT_DEFINING_VERBS, ...DEFINING_VERBS, ...NAMING_BUILD_VERBS, ...COUNT_NAMING_BUILD_VERBS].sort((a, b) => b.length - a.length)
  const head = verbs.find((v) => raw.startsWith(v))
  // 新建区溪霞镇等7个乡镇: a place named by the verb (新建区, 新建县) is no verb.
  if (!head || /^[区县]/.test(raw.slice(head.length))) return ''
  // 新建扩建甲馆等8座…: works chained to 新建 open the list whole.
  const chain = newBuildingChainAtStart(raw)
  if (chain.length > head.length) return chain
  const work = WORK_AFTER_COUNTED.find((w) => raw.startsWith(w, head.length))
  return head + (work ?? '')
}

/**
 * A preposition right before a count that opens a frame around the things counted (`在3条线路上设置…`, `完成对6个示范区的
 * 考评`, `在24小时内保障了…`): what is done is said after them. Not the end of a word (存在, 现在, 应对, 面对; 针对 is a frame).
 */
const FRAME_OPENER_AT_END = /(?<![存现实正所旨不应核比相绝面])(?:在|对)$/u

/** The preposition opening a frame right before the statement's number (`在`, `对`), or null. */
export function frameBefore(st: Statement, ctx: RuleContext): string | null {
  const at = st.tokens[0]?.start ?? st.clauseStart
  return FRAME_OPENER_AT_END.exec(ctx.norm.slice(Math.max(st.clauseStart, at - 4), at))?.[0] ?? null
}

/** Is the owner a place the work was done in (`在市区` of `在市区新建5处停车场`), and no more? */
function placeBeforeVerb(owner: string, raw: string, noun: string): boolean {
  if (!owner.startsWith('在') || [...owner].length < 3 || STATES_OPENING_WITH_ZAI.some((w) => owner.startsWith(w))) return false
  return !raw.includes('的') && !/(?:中|上|里|内)$/.test(noun)
}

/** The verb of rebuilding that ends the words before a count (`全市改造提升` → 改造提升), longest first, or null. */
function rebuildingVerbBefore(words: string): string | null {
  // 第五中学改扩建等5项工程: the verb of an example (before 等) is no verb of the things counted.
  const plain = words.trim()
  return REBUILDING_VERBS.filter((v) => plain.endsWith(v)).sort((a, b) => b.length - a.length)[0] ?? null
}
