import { cleanLabel, readPre } from './clause'
import { completeItems, contractedPair, listItems } from './list-pairing'
import { PART_OF_YEAR, PLAN_NAME_SOURCE, planSpanIn } from '../words/periods'
import { SHARE_WORDS } from '../words/labels'
import type { Rule } from './types'

/**
 * A change from one level to another: `由12.3亿元增加到18.7亿元`, `由191户发展到259户`, or one place to another (`从全省第十位跃升至第六位`, `从第11位跃居第7位`) (or `到近18.7亿元`: the bound is the second's qualifier), `从2020年的78.1岁提高到79.3岁`,
 * `由52.23%提高到58.08%`. Two figures of the same subject, both levels (never a growth), the first dated at the
 * start of the change and the second at its end; a year written before a figure dates it. With lists
 * (`A、B标准分别从每人每月202元、270元提高到209元、280元`) the subjects pair with both lists in order.
 */
/** A bound written between a change's two levels (`由2.6万元增加到近3.6万元`): the second level's qualifier. */
export const BOUNDS_BEFORE_TO = ['超过', '超', '近', '约'] as const
/**
 * How a level is taken, written between 由/从 or 到/至 and the figure (`由平均20个工作日压缩到5个工作日`, `压缩到平均7.8个工作日`,
 * `由最短35个工作日压缩至10个工作日`): no part of the subject.
 */
const MEASURES_BEFORE_LEVEL = ['平均', '最短', '最长'] as const
/** A time before the first level that names no year (`由原来的181个工作日`, `由过去的200多个工作日`): the first level is undated. */
const UNDATED_BEFORE = ['原来', '原先', '过去', '以往', '以前'] as const
/** A part of the year an end of a change is of (`收窄至前三季度的1.6%`). */
const PART_OF_YEAR_SOURCE = PART_OF_YEAR.source
/**
 * The verbs of a change between its two levels; two may stand together, a deed and what it did to the level
 * (`由6264项清理调整为1941项`, `精简压减至`, `整合优化为`), and a word of the whole change before them (`统一提高到`).
 */
const CHANGE_VERBS = [
  '增加', '增长', '提高', '提升', '上升', '跃升', '攀升', '前移', '扩大', '拓展', '扩展', '扩容', '下滑', '发展', '下降', '降低', '减少',
  '缩小', '缩减', '压减', '压降', '精简', '缩短', '压缩', '收窄', '回落', '整合', '调整', '调减', '调增', '扩增', '回升', '削减', '精减',
  '清理', '规范', '优化', '合并', '撤并', '归并', '下调', '上调', '提速', '增', '降', '升', '减', '压', '扩', '提', '涨', '跌', '缩', '跃',
] as const
/** A word of the whole change written before its verb (`由310元、750元统一提高到5000元`): no part of either level. */
// (预计: `由2016年的0.94%预计增长至2020年的1.6%`, the second level an estimate; still one change of level.)
export const CHANGE_ADVERBS = ['统一', '分别', '均', '大幅', '逐步', '预计'] as const
export const CHANGE_VERB_SOURCE = `(?:${CHANGE_VERBS.join('|')})`
export const FROM_TO_BRIDGE = new RegExp(
  `^[，,]?\\s*(?:(?:(?:${CHANGE_ADVERBS.join('|')})?${CHANGE_VERB_SOURCE}{1,2})?(?:到|至|为)|跃居|跃升|升居|转为正?(?:增长|下降)?)(?:(\\d{4})年?|年(?=[底末])|现在|目前|当前|去年|上年|${PART_OF_YEAR_SOURCE})?(?:底|末)?(?:的)?(?:${MEASURES_BEFORE_LEVEL.join('|')})?(?:${BOUNDS_BEFORE_TO.join('|')})?\\s*$`,
)
/**
 * A change whose first level is a growth (`由上年下降2.3%转为增长8.5%`, `由上年增长3%转为下降1%`): the word of the growth
 * stands between 由/从 and the figure.
 */
const GROWTH_BEFORE_FROM = ['增长', '下降'] as const
/** A bound written before a change's first level (`从不到70万亿元增加到…`): no part of the subject. */
export const BOUNDS_BEFORE_FROM = ['不到', '不足', '超过', '近', '约'] as const
/** What a rate written between 由/从 and its first level is per (`每人每月`, `每平方公里`, `每公里`, `每亩每造`). */
const RATE_BASES = ['平方公里', '平方米', '公里', '公顷', '千人', '万人', '人', '生', '户', '亩', '床']
/** …and in what time (`每月`, `每学年`, `每造`: one crop). */
const RATE_PERIODS = ['学年', '月', '年', '日', '造']
/** Takings a threshold is measured in (`起征点从月销售额3万元提高到10万元`). */
const TAKINGS = ['销售额', '营业额', '收入']
/**
 * What may stand between 由/从 and the first figure: the field of a ranking (`全国城市`, `全国副省级城市`), a time
 * (`2010年的`, `一季度`, `年初的`, `低谷时的`, `年初最低的`, `最高峰的`), a rate's base (`每人每月`, `月人均`, `年生均`) or the
 * takings a threshold is of (`月销售额`); a year may come before the others (`从2015年的人均21.2万元`).
 */
export const FROM_OPENING = new RegExp(
  `(?:分别|均|统一)?[由从](?:全国|全省|全区|全市|全州|全球|世界)?(?:[\\u4e00-\\u9fff]{0,4}城市)?(?:(\\d{4})年(?:底|末)?的?)?(?:(?:${PART_OF_YEAR_SOURCE})的?|年初的?|(?:上|去)年(?:底|末)?的?|“?${PLAN_NAME_SOURCE}”?(?:期末|末)的?|每(?:${RATE_BASES.join('|')})?(?:每(?:${RATE_BASES.join('|')}))?每?(?:${RATE_PERIODS.join('|')})?|(?:每|年|月|日)?(?:人|生|户)均?|(?:月|年|日)?(?:${TAKINGS.join('|')})|[\\u4e00-\\u9fff]{1,6}?(?:时|最高|最低|高峰|低谷)的?|(?:最高|最低)|(?:${UNDATED_BEFORE.join('|')})的?)?(?:同比)?(?:${GROWTH_BEFORE_FROM.join('|')})?(?:${MEASURES_BEFORE_LEVEL.join('|')})?(?:${BOUNDS_BEFORE_FROM.join('|')})?\\s*$`,
)

/** A time naming no year before the first level (`从一季度`, `从年初的`, `由低谷时的`, `从最高峰的`, `由原来的`). */
const UNDATED_TIME = new RegExp(`(?:${PART_OF_YEAR_SOURCE}|季度|年初|时|最高|最低|高峰|低谷|${UNDATED_BEFORE.join('|')})的?(?:同比)?(?:${GROWTH_BEFORE_FROM.join('|')})?(?:${MEASURES_BEFORE_LEVEL.join('|')})?(?:${BOUNDS_BEFORE_FROM.join('|')})?$`)
/** The start of a change written as last year's (`由上年的32位`, `由上年下降2.3%`). */
const LAST_YEAR = new RegExp(`上年的?(?:同比)?(?:${GROWTH_BEFORE_FROM.join('|')})?$`)
/** A part of the year a level is of, written before it (`从一季度7.9%`, `收窄至前三季度的1.6%`). */
const PART_OF_YEAR_BEFORE = new RegExp(`(?:${PART_OF_YEAR_SOURCE})的?(?:同比)?(?:${GROWTH_BEFORE_FROM.join('|')})?$`)

/**
 * A change of a growth, not of a level: the fall or rise itself is the subject (`累计降幅从一季度7.9%收窄至1.6%`,
 * `增幅由5%扩大到8%`). Its name is no part of the label (the growth is the indicator's); a fall's levels are negative.
 */
const GROWTH_SUBJECT = /(?:累计|同比)?(降幅|增幅)$/u

/** How a change of growth is read: which ends are growths, and which are falls. */
interface GrowthChange {
  from: boolean
  to: boolean
  fromFalls: boolean
  toFalls: boolean
}

/**
 * `工业企业利润由上年下降2.3%转为增长8.5%`, `增加值由-4.1%转为增长0.9%`, `降幅由一季度的-23.1%收窄到-1.4%`: a change whose
 * ends are growths in percent. Undefined for a change of levels.
 */
function growthChange(subject: string, opening: string, bridge: string, pct: boolean): GrowthChange | undefined {
  if (!pct) return undefined
  const named = GROWTH_SUBJECT.exec(subject)?.[1]
  const fromWord = new RegExp(`(${GROWTH_BEFORE_FROM.join('|')})$`).exec(opening.trim())?.[1]
  const toWord = /转为正?(增长|下降)?/.exec(bridge)
  if (!named && !fromWord && !toWord) return undefined
  const falls = named === '降幅'
  return { from: true, to: true, fromFalls: falls || fromWord === '下降', toFalls: falls || toWord?.[1] === '下降' }
}


/** 蔬菜、辣椒等农业龙头企业: examples listed before 等 are no part of the name of one pair's subject. */
const EXAMPLES = /^[^等]*、[^等]*等(?=[\u4e00-\u9fff]{4})/u

/** A change's start written with nothing but 由/从 (and a bound): `…从25056元增加到33720元`. */
const BARE_OPENING = new RegExp(`^(?:分别|均)?[由从](?:${BOUNDS_BEFORE_FROM.join('|')})?\\s*$`)
/** The year of an earlier change's start in the sentence (`地区生产总值从2017年的580.17亿元增加到…`). */
const DATED_START = /[由从](\d{4})年(?:底|末)?的/gu

/**
 * `地区生产总值从2017年的580.17亿元增加到2021年的908.5亿元…；城镇居民人均可支配收入从25056元增加到33720元`: a change whose
 * start names no time, after one in the same sentence (across its semicolons) that starts at a year written, starts
 * at that year too. Undefined when the sentence names no such year before.
 */
function startYearBefore(norm: string, clauseStart: number, opening: string): number | undefined {
  if (!BARE_OPENING.test(opening)) return undefined
  let k = clauseStart
  while (k > 0 && !'。!?\n'.includes(norm[k - 1] as string)) k--
  let year: number | undefined
  for (const m of norm.slice(k, clauseStart).matchAll(DATED_START)) year = Number(m[1])
  return year
}

/**
 * `阶段性将小规模纳税人增值税起征点从…`, `再次将…标准由…`: 将 and the word of manner before it open the clause; what
 * changed follows them.
 */
const DISPOSAL_BEFORE = /^(?:[\u4e00-\u9fff]{1,3}性|再次|再度|进一步|全面|首次|统一|逐步|大幅|同步|已经?|还|又|并|也|均|分别)将(?=[\u4e00-\u9fff]{2})/u

/** A label that names a share or a rate itself (`…比重`, `…报销比例`, `…覆盖率`), not only its owner. */
function namesAShare(label: string): boolean {
  return SHARE_WORDS.some((w) => label.endsWith(w)) || /(?:标准|水平|增速|增幅)$/u.test(label)
}

/** The clause right before a change, in its sentence: its opening name, if it ends as a share does (`研发费用加计扣除比例`). */
function shareNamedBefore(before: string): string | null {
  const trimmed = before.trimEnd()
  if (!trimmed.endsWith(',')) return null
  const clause = trimmed.slice(0, -1).split(',').pop()?.trim() ?? ''
  // 研发费用加计扣除比例大幅提高, 不断提高企业研发费用加计扣除比例: the name stands before or after the verb of the change.
  for (const part of clause.split(CHANGE_IN_CLAUSE)) {
    const head = /^[\u4e00-\u9fff]{2,16}/u.exec(part)?.[0] ?? ''
    for (let k = head.length; k >= 2; k--) {
      const name = head.slice(0, k)
      if (SHARE_WORDS.some((w) => w.length > 1 && name.endsWith(w)) || name.endsWith('率')) return cleanLabel(name)
    }
  }
  return null
}
/** A verb of change inside a clause, with the word of manner before it (`不断提高`, `大幅提高`); two characters or more. */
const CHANGE_IN_CLAUSE = new RegExp(`(?:不断|持续|进一步|${CHANGE_ADVERBS.join('|')})?(?:${CHANGE_VERBS.filter((w) => w.length > 1).join('|')})+`, 'u')

/** 制造业企业 + 企业研发费用加计扣除比例 → 制造业企业研发费用加计扣除比例: the owner the measure opens with is the item's. */
function ownerWithMeasure(owner: string, measure: string): string {
  for (let k = Math.min(owner.length, measure.length - 2); k >= 2; k--) if (owner.endsWith(measure.slice(0, k))) return owner + measure.slice(k)
  return owner + measure
}

export const fromTo: Rule = {
  name: 'from-to',
  apply(st, ctx) {
    if (st.shape !== 'from-to' || st.dropped) return
    const n = st.levelsFrom ?? st.drafts.length / 2
    // 分别从50%、75%提高至100%: one level reached by all the first levels.
    const oneReached = st.drafts.length === n + 1 && n > 1
    const first = st.drafts[0]
    const lastFrom = st.drafts[n - 1]
    const firstTo = st.drafts[n]
    if (!first || !lastFrom || !firstTo) return

    const { norm } = ctx
    const opening = FROM_OPENING.exec(norm.slice(Math.max(st.clauseStart, first.token.start - 12), first.token.start))
    // 由“十一五”末的112平方公里扩大到…: the first level is of the named plan's last year (2010), whatever the part reviews.
    const fromYear = opening?.[1] ? Number(opening[1]) : opening ? planSpanIn(opening[0])?.[1] ?? startYearBefore(norm, st.clauseStart, opening[0]) : undefined
    const bridge = FROM_TO_BRIDGE.exec(norm.slice(lastFrom.token.end, firstTo.token.start))
    const written = readPre(st.listPre.subject.replace(FROM_OPENING, '')).subject.replace(DISPOSAL_BEFORE, '')
    const growth = n === 1 ? growthChange(written, opening?.[0] ?? '', bridge?.[0] ?? '', first.token.cls === 'pct' && firstTo.token.cls === 'pct') : undefined
    const subject = growth ? written.replace(GROWTH_SUBJECT, '') : written
    let labels = [cleanLabel(n === 1 ? subject.replace(EXAMPLES, '') : subject)]
    if (n > 1) {
      const items = completeItems(listItems(subject).map(cleanLabel).filter((x) => x.length > 0))
      if (items.length === n) labels = items
      // 城乡低保标准分别从188元和110元提高到…: one subject that says two things, one for each pair (but not when one level
      // is reached by both: `城乡…补助标准由310元、750元统一提高到5000元` does not say which first level is whose).
      else if (items.length === 1 && n === 2 && !oneReached) labels = contractedPair(labels[0] as string) ?? labels
    }
    if (oneReached) {
      // Each thing listed reaches the one level; a single subject (`补助标准由310元、750元统一提高到5000元`) does not say
      // which first level is whose: those stay checked.
      if (labels.length === n) st.drafts.push(...Array.from({ length: n - 1 }, () => ({ ...firstTo, reasons: new Set(firstTo.reasons) })))
      else for (const d of st.drafts.slice(0, n)) d.reasons.add('label-vague')
    }
    // 研发费用加计扣除比例大幅提高，将制造业企业、科技型中小企业分别从50%、75%提高至100%: owners whose rate the clause
    // before names; without it, a share of a bare owner is flagged.
    if (n > 1 && labels.length === n && first.token.cls === 'pct' && !labels.some(namesAShare)) {
      const measure = shareNamedBefore(norm.slice(ctx.sentence.start, st.listStart))
      labels = measure ? labels.map((l) => ownerWithMeasure(l, measure)) : labels
      if (!measure) for (const d of st.drafts) d.reasons.add('label-vague')
    }
    // 生产总值由8973亿元增加到14595亿元，从第16位跃居第12位: a pair that names nothing is of the pair before.
    const pairBefore = ctx.sentence.previousStatement?.shape === 'from-to' ? ctx.sentence.previous[0] : undefined
    // 全市生产总值年均增长6.2%，从2020年的6045.9亿元增长到2025年的8651.7亿元: a pair that opens on its first year and names
    // nothing goes on about the one figure before it in the sentence; not a share's, unless the pair is of shares too
    // (`民生支出占财政支出的79%，由2010年的83.7亿元增加到…`: the amounts are the spending's, not the share's).
    const before = !pairBefore && ctx.sentence.previous.length === 1 ? ctx.sentence.previous[0] : undefined
    const figureBefore = before && (before.kind !== 'share' || first.token.cls === 'pct') ? before : undefined
    const carried = n === 1 && labels[0] === '' ? (pairBefore ?? figureBefore)?.label ?? '' : ''
    const end = st.drafts[st.drafts.length - 1]?.token.end ?? firstTo.token.end
    const partFrom = PART_OF_YEAR_BEFORE.test(opening?.[0] ?? '')
    const partTo = PART_OF_YEAR_BEFORE.test(bridge?.[0] ?? '')
    st.drafts.forEach((d, k) => {
      const label = carried || (labels.length === n ? (labels[k % n] as string) : (labels[0] as string))
      if (label) {
        d.label = label
        d.labelSource = carried ? 'context' : labels.length === n && n > 1 ? 'list' : 'subject'
      }
      // The quote shows where a carried name comes from: it opens with the pair before.
      d.quoteStart = carried && pairBefore ? pairBefore.quoteStart : n > 1 ? st.listStart : st.clauseStart
      d.quoteEnd = end
      d.periodHint = k < n
        ? { role: 'from', ...(fromYear ? { year: fromYear } : LAST_YEAR.test(opening?.[0] ?? '') ? { lastYear: true } : growth && partFrom ? { partOfYear: true } : UNDATED_TIME.test(opening?.[0] ?? '') ? { undatedTime: true } : {}) }
        : { role: 'to', ...(bridge?.[1] ? { year: Number(bridge[1]) } : {}) }
      // 从最高53%, 由原来的181个工作日: a start the text dates to no year; whatever period it is given is a guess.
      if (d.periodHint.undatedTime) d.reasons.add('period-inferred')
      if (growth) {
        // A growth of a part of the year is no result of the year: flagged.
        if (k < n ? partFrom : partTo) d.reasons.add('period-inferred')
        d.kind = 'growth'
        const falls = k < n ? growth.fromFalls : growth.toFalls
        d.value = falls ? -Math.abs(d.token.value) : d.token.value
        return
      }
      const cls = d.token.cls
      // 排名由369位上升到235位: places in a ranking.
      const place = d.token.unit === '位' && /(排名|位次|排位)$/.test(d.label)
      d.kind = place || cls === 'rank' ? 'rank' : cls === 'pct' || cls === 'ratio' ? 'share' : cls === 'count' ? 'count' : cls === 'ppt' ? 'change' : cls === 'times' ? 'growth' : 'amount'
    })
  },
}
