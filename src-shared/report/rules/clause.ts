import type { Qualifier } from '../../schemas/report'
import {
  ADVERBS, WORDS_ENDING_IN_AN_ADVERB, VERB_ADVERBS, BENEFICIARY_PREPOSITIONS, CLAUSE_OPENERS, LEADING_ACTIONS, LEADING_ADVERBS, SCOPE_PREFIXES, TIME_PHRASES,
  SCOPED_NAMES, WORDS_LIKE_OPENERS, EVERY_ONE, EVERY_KIND, PLACES_AFTER_EVERY, AFTER_PLACE_IN_A_WORD, BUILD_ACTIONS, CHAINED_ACTIONS, NOUNS_OPENED_BY_ACTION, TIMES_AFTER_ZAI, BRACKET_NOTES, BASIS_ADVERBIALS, BASIS_AT_END, BASIS_AT_START,
  ADVERBS_OF_BOTH, MODAL_ADVERBS, COMPARISONS_OF_A_HEAD, ACTIONS_BEFORE_A_THING, ADVERBS_BEFORE_AN_INNER_ACTION, TOTALS_BEFORE_AN_INNER_ACTION, WORDS_ENDING_IN_A_TOTAL, KEPT_VERBS_AFTER_A_TOTAL, WORKS_HEADS, RELIEF_FOR_A_BENEFICIARY, DEEDS_SPARING_A_BENEFICIARY, STANDARDS_OF_WORK,
  ADVERBS_BEFORE_A_RESULT, ACTIONS_OF_A_RESULT, CONDITIONS_OF_A_YEAR, VERBS_BEFORE_AN_INDICATOR, AIMING_PREPOSITIONS, COVERBS_BEFORE_A_MEASURE,
  STATES_OPENING_WITH_ZAI, WORKS_AFTER_A_PLACE, NOUNS_OPENED_BY_BUILD_VERB, WORDS_CUT_BY_BUILD_ACTIONS,
  SPAN_NUMERALS, SPAN_ENDINGS, TOTALS_AFTER_A_SPAN, PROGRAMME_ENDINGS, FRAME_ENDINGS,
} from '../words/labels'
import { indicatorOf } from '../indicators'
import { PART_OF_PLACE_ENDINGS } from '../words/places'
import { MILESTONE_WORDS, RATING_UNITS } from '../words/units'
import { ASPIRATION_WORDS, PLAN_NAME_SOURCE } from '../words/periods'
import { ADVERBS_BEFORE_AN_OPENING_VERB, VERBS_OPENING_A_COUNT } from '../words/counting-verbs'
import { ASIDE_BEFORE, stripLabelTimes } from './label-times'
import { withoutFieldOfWork } from './field-of-work'
import { resultBeforeParticleAt, withoutAspectParticle } from './aspect-particle'
import { BARE_COMPARISON_QUALIFIERS, CROSSING_AT_END, PRE_QUALIFIERS, WORDS_ENDING_AS_A_QUALIFIER } from '../words/qualifiers'
import { DOER_LINKING_VERBS, MERE_DOING_VERBS } from '../words/doing-verbs'
import {
  NEW_BEFORE_A_VERB, WORDS_ENDING_IN_NEW_AFTER, CLOSING_PREDICATES, PROGRESS_MEASURED, PROGRESS_OBJECTS, PROGRESS_PREDICATES, DEFINING_VERBS, LAW_MAKING_VERBS, NOUN_START_STOPS, NOUN_STOPS, VERBS_OF_RECEIVING, NOUNS_HOLDING_VERBS, OBJECT_VERBS, PREDICATE_OPENERS, PROJECT_EVENTS,
  WORDS_ENDING_IN_A_VERB, NOUNS_OPENING_WITH_A_CHANGE, BOUND_BEFORE_A_PREDICATE, BRACKETED_BUILD_VERB, VERBS, type VerbRole,
} from '../words/verbs'

/**
 * Reading a clause around a figure. Before it (read backwards from the number, at most CLAUSE_MAX characters
 * so the pass stays linear): the qualifier, the verb, adverbs, and what is left, the subject. After it: the
 * noun a number stands before (`150项关键技术`).
 */

export const CLAUSE_MAX = 80
/** Clause delimiters (normalised text). */
export const DELIMS = new Set([',', ';', '。', '!', '?', ':', '、', '\n'])
/** Where a whole clause ends: DELIMS without the 、 inside a list. */
export const CLAUSE_ENDS: ReadonlySet<string> = new Set([...DELIMS].filter((c) => c !== '、'))
/** Sentence ends: the scope of a carried subject. */
export const SENTENCE_END = new Set(['。', '!', '?', ';', '\n'])

/** Short spans a clause runs over, by their closing character: a bracket and a quoted name. */
// (Compared, not looked up in an object: clauseStart asks it of every character it walks back over.)
const shortSpanOpener = (ch: string): string | undefined => (ch === ')' ? '(' : ch === '”' ? '“' : undefined)

const wordOf = (x: readonly [string, ...unknown[]] | string): string => (typeof x === 'string' ? x : x[0])
const byLengthDesc = <T extends readonly [string, ...unknown[]] | string>(xs: readonly T[]): T[] =>
  [...xs].sort((a, b) => wordOf(b).length - wordOf(a).length)

/** Words indexed by their last character (longest first), so reading backwards checks only candidates. */
function byLastChar<T extends readonly [string, ...unknown[]] | string>(xs: readonly T[]): Map<string, T[]> {
  const map = new Map<string, T[]>()
  for (const x of byLengthDesc(xs)) {
    const w = wordOf(x)
    const key = w[w.length - 1] as string
    map.set(key, [...(map.get(key) ?? []), x])
  }
  return map
}
/** Words indexed by their first character (longest first). */
function byFirstChar(xs: readonly string[]): Map<string, string[]> {
  const map = new Map<string, string[]>()
  for (const w of byLengthDesc(xs)) map.set(w[0] as string, [...(map.get(w[0] as string) ?? []), w])
  return map
}
const NONE: never[] = []

const VERBS_LONGEST = byLengthDesc(VERBS)
const VERBS_BY_LAST = byLastChar(VERBS)
const ADVERBS_BY_LAST = byLastChar([...ADVERBS, ...VERB_ADVERBS])
const PRE_Q_BY_LAST = byLastChar(PRE_QUALIFIERS)
const OBJECT_VERBS_LONGEST = byLengthDesc(OBJECT_VERBS)
/**
 * A yearly rate ending a subject (`地区生产总值年均增速`), read as the yearly average of what comes before it; also the
 * verb of one left before another verb (`城乡居民人均可支配收入年均增长分别为11.3%、13.7%`).
 */
export const YEARLY_RATE = /年均(?:增速|增幅|增长率|增长速度|增长)$/

/** Where the clause holding offset i starts: after the nearest delimiter, at most CLAUSE_MAX back, never before floor. */
export function clauseStart(norm: string, i: number, floor: number, delims: ReadonlySet<string> = DELIMS): number {
  const limit = Math.max(floor, i - CLAUSE_MAX)
  let k = i - 1
  while (k >= limit) {
    const ch = norm[k] as string
    // Skip a short bracket or quoted name: 县(市、区), “先诊疗、后付费”受益群众.
    const opener = shortSpanOpener(ch)
    if (opener) {
      let o = k - 1
      while (o >= limit && k - o <= 16 && norm[o] !== opener && norm[o] !== '\n') o--
      if (o >= limit && norm[o] === opener) {
        k = o - 1
        continue
      }
    }
    // 一、二类通用机场, 三、四级公路: grades listed by their numbers are one word, not two items.
    if (ch === '、' && GRADES_LISTED.test(norm.slice(Math.max(0, k - 1), k + 4))) {
      k -= 2
      continue
    }
    if (delims.has(ch)) return k + 1
    k--
  }
  return limit
}

/** `一、二类`, `三、四级`, `二、三星`: a numeral, 、, a numeral and a grade word. */
const GRADES_LISTED = /^[一二三四五六七八九]、[一二三四五六七八九](?:类|级|等|星|档|线)/u

export function skipSpace(norm: string, a: number, limit: number): number {
  let k = a
  while (k < limit && norm[k] === ' ') k++
  return k
}

/** What the words before a figure say, read backwards from it. */
export interface Pre {
  /** The words left for the subject, not yet cleaned. */
  subject: string
  verb: VerbRole | null
  verbWord: string | null
  /** The qualifier nearest the number before it (`超`, `近`, `不低于`), and `控制在`. */
  qualifier: Qualifier | null
  /** 高于/低于 right before the number with nothing compared: a bound (`增速要高于40%` → 超过). */
  bareBound: Qualifier | null
  cap: boolean
  respectively: boolean
  each: boolean
  yearly: boolean
  comparison: boolean
  aspiration: boolean
  /** The verb stands before its object (`压减粗钢产能27万吨`), not between the subject and the number. */
  verbLeads: boolean
}

/** `高于全国平均`, `比上年`, and `超过上年` (超过 with a base it is compared to; alone it is a bound). */
const COMPARISON_SCOPE =
  /(?:(高于|低于|快于|慢于|高出|领先|超出|比|较)(全国|全省|全区|全市|全州|全县|全球|世界|同期|上年|去年|上半年|下半年|平均|全国平均|全省平均|全区平均|面上)*(平均|水平)?|超过(上年同期|去年同期|上年|去年|同期))$/

/**
 * A space beside a Chinese character or a quote mark (`到 2020 年森林覆盖率`, `高新技术产业增加 值`: texts taken from PDF or
 * print layout) is no part of a name; between two Latin words (`Micro LED`) it is.
 */
const SPACE_BY_A_CHARACTER = /(?<=[\u4e00-\u9fff“”])\s+|\s+(?=[\u4e00-\u9fff“”])/gu

/** 人均, 户均, 平均 before a verb of change; not a rate base after a month or a verb (月人均, 提高到人均). */
const PER_HEAD_BEFORE_A_CHANGE = /(?<=..)(?<![月年日每由从到至为达又再还])(人均|户均|平均)$/

/** Endings of the subject that qualify the measure, not the thing: 实际增长, 比2010年增加, 连续3年. */
const TRAILING_STRIP: readonly RegExp[] = [
  /(实际|名义)$/,
  // 生产总值提前两年实现翻一番, 如期完成: how early or whether on time, not what (the span early is no figure).
  /(?<=..)(?:提前|提早|如期)(?:[一二两三四五六七八九十\d]{1,2}(?:个)?(?:年|月|天))?$/,
  // 生产总值接连迈上三个万亿元台阶, 连跨两个10亿元关口: how many milestones were passed, not what passed them.
  /(?:(?<!接)连)?(?:跨|迈上|跨越|跨上|跃上|突破|站上)[\d一二两三四五六七八九十]+个$/,
  // 生产总值可突破1980亿元, 产业营收可达640亿元: what may be reached is the figure's business (许可, 认可 are names).
  /(?<=..)(?<![许认不])可$/,
  /(连续|已连续)[\d一二三四五六七八九十两多数]+(个)?(年|届|季度|月|次)$/,
  /(比|较)\d{4}年(同期)?$/,
  new RegExp(`(比|较)“?${PLAN_NAME_SOURCE}”?(末|期末|时期)?(的)?$`),
  /(比|较)(上年同期|去年同期|上年末|上年底|年初|上年|去年|同期|上次|上届|上一届|上一个五年|上个五年)$/,
  BASIS_AT_END,
  // 补贴资金去年达到…, 基本养老金今年再提高…: when is the period's business, not the label's.
  /(?<=..)(今年|去年|当年)$/,
  // 生产总值预期增长8%, 涨幅预期3%左右: what is expected is the target's business (经济增长预期 keeps its 增长).
  /(?<=..)(?<!增长)预期$/,
  /(剔除|扣除|除去)[^,;。]{1,12}(后|以后)$/,
  // 生活补贴人均月增200元: per head and month is how the figure counts, not what it counts.
  /(人均每?|每人每?)(月|年)$/,
  // 养老金提高到人均3586元/月, 低保标准提高到每人每年5000元: after the verb, the base the amount is per.
  /(?<=(?:到|至|为|达))(?:(?:年|月)?(?:人均|每人|生均|户均|每户)(?:每?(?:年|月))?|每(?:年|月))$/,
  // 农村低保标准每人每年不低于4000元: per head (household, pupil, mu) is the unit's base, not what is measured.
  // 基础养老金每月120元: per month alone too.
  /(?<=..)每(?:(?:人|户|生|亩)(?:每(?:月|年|天|日))?|月|年)$/,
  // 补助标准提高到年人均65元, 生活补助月人均增加50元: the rate's base, not what it counts.
  /(月|年|日)(人均|生均|户均)$/,
  // 剩余3.4万贫困人口: what is left of the count right after, not a subject (剩余可污染天数 keeps it).
  /(剩余|其余)的?$/,
  // 失业率控制在年度目标3.8%以内: the target the level is held within is no part of what it measures.
  /(?<=控制在|保持在|稳定在)(年度|预期)?目标$/,
  BASIS_ADVERBIALS,
]

/**
 * The base of a ratio (`是“十一五”时期的2.7倍`, `不低于当地最低生活保障标准的1.6倍`): not a subject. A bound before
 * it bounds the figure.
 */
const RATIO_BASE = /(是|为|相当于|达到|不低于|不少于|不高于|不超过|高于|低于)[^,，。、]{1,14}的$/

/** A verb of level or bound, then how many people the figure is per (`达每千人`, `超每万人`): the verb stays. */
const PER_HEADS_AFTER_A_VERB = /(?<=(?:达|达到|超|超过|保持|提高到|提升到|增至|增加到))每[十百千万]+(?:常住)?(?:人口|人|户)$/u

/** Whether a verb or a bound that takes a figure ends the text (`…增长`, `…超过`). */
function endsInAFigureWord(t: string): boolean {
  const end = t[t.length - 1] ?? ''
  const ends = (w: string): boolean => t.endsWith(w)
  return (VERBS_BY_LAST.get(end) ?? NONE).some(([w]) => w.length > 1 && ends(w)) || (PRE_Q_BY_LAST.get(end) ?? NONE).some(([w]) => ends(w))
}

/** A note that what is said holds for the figures after it too (`（下同）`, `（同比，下同）`): no part of any label. */
const SAME_BELOW = /\((?:同比[,、]?)?下同\)/g

export function readPre(text: string): Pre {
  // 同比增长（下同）4%: the note between the verb and the number says nothing of this figure.
  let s = text.replace(SAME_BELOW, '')
  const pre: Pre = {
    subject: '', verb: null, verbWord: null, qualifier: null, bareBound: null, cap: false,
    respectively: false, each: false, yearly: false, comparison: false, aspiration: false, verbLeads: false,
  }
  let qualifierSet = false
  const base = RATIO_BASE.exec(s)
  if (base) {
    const bound = PRE_QUALIFIERS.find(([w]) => w === base[1])
    if (bound) {
      pre.qualifier = bound[1]
      qualifierSet = true
    }
    s = s.slice(0, base.index)
  }
  // 抽检达每千人4批次, 床位数超每万人60张: how many people the figure is per, between the verb and the number, is the
  // unit's, no part of the subject (which would keep the verb: 抽检达每千人).
  s = s.replace(PER_HEADS_AFTER_A_VERB, '')
  for (let guard = 0; guard < 16; guard++) {
    const before = s
    // 提前实现“翻一番”: an opening quote right before the figure is the figure's own (a figure in words, quoted).
    s = s.replace(/[\s“‘]+$/, '')
    let hit = false
    if (pre.verb === null && !qualifierSet) {
      const bare = withoutAspectParticle(s, endsInAFigureWord)
      if (bare !== null) {
        s = bare
        continue
      }
    }
    // 经济总量过万亿, 技改投资首次过百亿: a crossing right before the figure bounds it as 超过 does (the label files: all 8 such
    // figures 超过).
    const crossing = pre.verb === null && !qualifierSet ? CROSSING_AT_END.exec(s) : null
    if (crossing) {
      pre.qualifier = '超过'
      qualifierSet = true
      s = s.slice(0, crossing.index)
      continue
    }
    const end = s[s.length - 1] ?? ''
    for (const [w, q] of PRE_Q_BY_LAST.get(end) ?? NONE) {
      if (s.endsWith(w) && !WORDS_ENDING_AS_A_QUALIFIER.some((x) => x.length > w.length && x.endsWith(w) && s.endsWith(x))) {
        if (!qualifierSet) {
          pre.qualifier = q
          qualifierSet = true
        }
        s = s.slice(0, -w.length)
        hit = true
        break
      }
    }
    if (hit) continue
    if (pre.verb === null && !qualifierSet) {
      for (const [w, q] of BARE_COMPARISON_QUALIFIERS) {
        if (s.endsWith(w)) {
          pre.bareBound = q
          qualifierSet = true
          s = s.slice(0, -w.length)
          hit = true
          break
        }
      }
      if (hit) continue
    }
    // 三是将18项…: the number of a point in a run-in list (一是…三是) opens the clause; it is neither subject nor verb.
    if (/^[一二三四五六七八九十]{1,2}是$/u.test(s)) {
      s = ''
      break
    }
    for (const [w, role] of VERBS_BY_LAST.get(end) ?? NONE) {
      if (!s.endsWith(w)) continue
      // 增/降/减/有/多 alone are verbs only when not the end of a word (新增, 锐减, 拥有, 众多); 群众达 is 群众 + 达.
      if (w.length === 1 && WORDS_ENDING_IN_A_VERB.some((word) => s.endsWith(word))) break
      if ((w === '占' || w === '在' || w === '为' || w === '是' || w === '到' || w === '至') && pre.verb !== null) break
      if (pre.verb === null) {
        pre.verb = role
        pre.verbWord = w
        if (w === '控制在') pre.cap = true
      } else if (role === 'more' || role === 'less') {
        pre.comparison = true
      } else break
      s = s.slice(0, -w.length)
      hit = true
      break
    }
    if (hit) continue
    // 存贷款余额双超1.6万亿元: 双 right before the verb or bound read says both did, like 双双; not what is measured.
    const both = qualifierSet || pre.verb !== null ? ADVERBS_OF_BOTH.find((w) => s.endsWith(w) && s.length > w.length + 2) : undefined
    if (both) {
      s = s.slice(0, -both.length)
      pre.each = true
      continue
    }
    for (const w of ADVERBS_BY_LAST.get(end) ?? NONE) {
      if (!s.endsWith(w)) continue
      // 供应, 公共, 首都: a one-character adverb that ends a word is no adverb.
      if (w.length === 1 && WORDS_ENDING_IN_AN_ADVERB.some((word) => s.endsWith(word))) break
      // 整合信息系统1182个: 系统 (systematically) goes before a verb; right before the number, with no verb read, it is the
      // noun (a system) that ends the thing counted.
      if (pre.verb === null && !qualifierSet && w === '系统') break
      if (w === '均' && s.length > 1 && '人年平日亩户生'.includes(s[s.length - 2] as string)) {
        if (s.endsWith('年均') || s.endsWith('平均')) {
          if (s.endsWith('年均')) pre.yearly = true
          s = s.slice(0, -2)
          hit = true
        }
        break
      }
      // 环比、同比分别增长: after a list joiner a comparison is the list's last item, not an adverb of the verb.
      if (COMPARISONS_OF_A_HEAD.includes(w) && /[、和及与]$/u.test(s.slice(0, -w.length))) break
      if (w === '分别') pre.respectively = true
      // (都, 双双 and 并肩 after a list say the same as 均: each item has the value.)
      if (w === '均' || w === '各' || w === '都' || w === '双双' || w === '并肩') pre.each = true
      if (w === '年均') pre.yearly = true
      if (ASPIRATION_WORDS.includes(w)) pre.aspiration = true
      s = s.slice(0, -w.length)
      hit = true
      break
    }
    if (hit) continue
    // 地区生产总值年均增速保持在5.5%左右: the yearly rate of what comes before it.
    const yearlyRate = YEARLY_RATE.exec(s)
    if (yearlyRate && s.length > yearlyRate[0].length + 1) {
      pre.yearly = true
      s = s.slice(0, s.length - yearlyRate[0].length)
      continue
    }
    // 基本养老金人均增长4%: per head or on average is how a change counts, not what changed (农民人均1.6万元 keeps it).
    const perHead = pre.verb === 'up' || pre.verb === 'down' ? PER_HEAD_BEFORE_A_CHANGE.exec(s) : null
    if (perHead) {
      s = s.slice(0, s.length - perHead[0].length)
      continue
    }
    const cmp = COMPARISON_SCOPE.exec(s.slice(-16))
    if (cmp && cmp[0].length > 1) {
      pre.comparison = true
      s = s.slice(0, s.length - cmp[0].length)
      continue
    }
    for (const re of TRAILING_STRIP) {
      const m = re.exec(s.slice(-16))
      if (m) {
        s = s.slice(0, s.length - m[0].length)
        hit = true
        break
      }
    }
    if (!hit && s === before) break
  }
  // 降低工商业电价5%, 次年提高大病保险最高支付限额3800元: the verb before its object (after a time).
  if (pre.verb === null) {
    const time = TIMES_LONGEST.get(s[0] as string)?.find((w) => s.startsWith(w)) ?? ''
    for (const [w, role] of VERBS_LONGEST) {
      if (w.length >= 2 && (role === 'up' || role === 'down') && s.startsWith(w, time.length) && s.length > time.length + w.length + 1) {
        // 增加值占GDP比重: a noun that opens with the verb is the subject itself.
        if (NOUNS_OPENING_WITH_A_CHANGE.some((n) => s.startsWith(n, time.length))) break
        pre.verb = role
        pre.verbWord = w
        pre.verbLeads = true
        s = s.slice(time.length + w.length)
        break
      }
    }
  }
  // 年均新增城镇就业30万人: a yearly average named at the head of the clause.
  if (!pre.yearly && s.startsWith('年均')) pre.yearly = true
  pre.subject = s
  return pre
}

/** Verbs of a flow counted over a year (`年接待游客`, `年减少用煤`, `年节约用水`). */
const YEARLY_FLOW_VERBS: readonly string[] = ['接待', '减少', '节约', '节省']
const SCOPES_LONGEST = byFirstChar(SCOPE_PREFIXES)
const OPENERS_LONGEST = byFirstChar(CLAUSE_OPENERS)
/** 为 + a beneficiary + what is done for it, with no defining verb between (为企业新增减负 drops its 为). */
const RELIEF_FOR = new RegExp(`^为(?:(?!${DEFINING_VERBS.join('|')}).){1,10}?(?:${RELIEF_FOR_A_BENEFICIARY.join('|')})`)
/** 为 + a beneficiary before a deed that names what it spares (`为中小企业节约融资成本`): the deed is the label. */
const SPARED_FOR = new RegExp(
  `^为(?:(?!${DEFINING_VERBS.join('|')})[^,，、;；。]){1,14}?(?=${DEEDS_SPARING_A_BENEFICIARY.join("|")})`,
  'u',
)
/** Does the label name what was done for a beneficiary (`为企业减负`)? Then its 为 is part of it. */
export const namesReliefFor = (label: string): boolean => RELIEF_FOR.test(label)
const TIMES_LONGEST = byFirstChar(TIME_PHRASES)
const ACTIONS_LONGEST = byFirstChar(LEADING_ACTIONS)

/** 各 and the places it counts over, with their bracket of the other kinds (`各县(市、区)`), at a label's head. */
export const EVERY_PLACE = new RegExp(`^各(?:(?:${PLACES_AFTER_EVERY.join('|')})(?:\\([^()]{1,6}\\))?(?![${AFTER_PLACE_IN_A_WORD}])[、和]?){1,3}(?=[\\u4e00-\\u9fff“]|$)`, 'u')

const LEADING_PATTERNS: readonly RegExp[] = [
  // A separator left at the head once the verb before it went (`落地、总投资…`).
  /^[\s"“”‘’'《》「」()、—]+/,
  // 生产总值迈上5万亿台阶、财政总收入跨过1万亿大关: the milestone that closed the clause before, and its separator.
  new RegExp(`^新?(?:${MILESTONE_WORDS.join('|')})[、,]`),
  // 《纲要（草案）》提出地区生产总值年均增长5%左右: the document that sets out a goal, and its verb.
  /^[“"《]?[^,，、。;；《》]{0,24}?(?:纲要|规划|草案|建议|方案)[”"》]*(?:\([^()]{1,6}\)[”"》]*)?(?:提出|明确|确定)了?(?!的)(?=[\u4e00-\u9fff“]{2})/u,
  // The end of a bracket whose opening is before the clause (`县（市）公共财政预算收入…` read from after 县, `（含筹建）建成区
  // 面积`): a note on what came before, no part of the label.
  /^[\u4e00-\u9fff、]{1,6}\)(?=[^()]{2})/u,
  // Enumerations inside a paragraph: 一是…二是…, 其一; list numbers: （1）, 2., 三、. But 第一产业, 第三产业 are
  // names (the sectors of the economy), and keep their ordinal.
  /^([一二三四五六七八九十]+是|其[一二三四五六七八九十]|第[一二三四五六七八九十\d]+(批|届|次|期|轮|阶段)?(?!产业)[,，]?)/,
  // 主要预期目标是生产总值增长7%以上, 最主要的综合性指标是地区生产总值…: the lead-in to a target or an indicator names no
  // part of what it measures.
  /^[^,，、]{0,20}?(?:目标|指标)(?:是|为)(?=[\u4e00-\u9fff“]{2})/,
  // 首批, 新一轮, 现行标准下: which batch, or by which standard, the things counted are; no part of what they are.
  /^(首批|新一批|新一轮|(按)?现行标准(下)?)/,
  // (Not grades listed by their numbers: 一、二类通用机场.)
  /^(\(?\d{1,2}\)|\d{1,2}[.、]|\(?[一二三四五六七八九十]+\)|[一二三四五六七八九十]+、(?![一二三四五六七八九](?:类|级|等|星|档|线)))/,
  // Circled list numbers (①新增城镇就业…, ⑦完成城镇老旧小区改造…, ❶, ⑴).
  /^[\u2460-\u2473\u2474-\u2487\u2776-\u277f]/u,
  // 提出“十四五”时期…: the verb that sets out a goal for a plan period is no part of what it measures.
  new RegExp(`^(提出|明确|确定)?(到|至|截至)?“?${PLAN_NAME_SOURCE}”?(时期|期间|以来|期末|末)?(的)?`),
  // 连续3年, 提前两年: how long a record has lasted, or how early a goal was reached; no part of what is measured.
  /^(连续|已连续|提前)[\d一二三四五六七八九十两]+(个)?(年|届|季度|月|次)/,
  // 在区划调整后…, 自撤县设区以来…: since or after what, an aside of the story.
  ASIDE_BEFORE,
  // 分两期投放…, 分3批开工…: in how many goes the deed was done, a manner, never what it counts.
  /^分[\d一二三四五六七八九十两]+(?:个)?(?:期|批|次|轮|步)(?=[\u4e00-\u9fff“]{2})/u,
  BASIS_AT_START,
  // 各地, 各级: every one of; but 每个县 (per county) says how the figure counts, and stays, and so do 各类, 各项. 各地区, 各市,
  // 各县(市、区) stay whole: whose the figure is (`各市化减政府性债务`, not the province's own), never cut to 区 or 市.
  new RegExp(`^(?!${EVERY_KIND.join('|')})(?!${EVERY_PLACE.source.slice(1)})(${EVERY_ONE.join('|')})`, 'u'),
  // 新增建设和改造提升高标准农田: a run of building verbs joined by 和/、. Not one opened by 新建 with 和 (`新建和改扩建幼儿园18所`):
  // that chain defines what is counted, as 新建 alone does, and stays (rules/build-action.ts decides).
  /^(新增)?(?!新建[和及与])((建设|新建|改造|提升|改扩建|改造提升|建成|实施|提质)[和、及与])+(建设|新建|改造|提升|改扩建|改造提升|建成|实施|提质)+/,
  /^新增((建设|新建|改造|提升|改扩建|改造提升|建成|实施|提质)){2,}/,
  // (国务院)提请人大常委会审议…, 提请市委研究…: who refers the matter, and to whom, is no part of what is counted.
  /^.{0,6}?提请.{0,14}?(审议|研究)/,
  // 举全区之力全面完成…: an adverbial of effort; 就是要…: a connective.
  /^举[^,，]{1,6}之力/,
  /^(也)?就是(要|说)?/,
  // 即到2027年…: the restating word before a goal's date, which goes next.
  /^即(?=[到至]\d{4}年)/,
  // 即生产总值突破15000亿元: the restating word before what a sentence names again (not 即将, 即时, 即墨, 即办件, 即来即办).
  /^即(?![将使便时墨期办刻来])(?=[\u4e00-\u9fff“]{2})/u,
  new RegExp(`^((${LAW_MAKING_VERBS.join('|')})[、和及]?)+`),
  /^了/,
  // 可实现地区生产总值, 仍然实现接待游客: an adverb of expectation before the action that reached the figure.
  new RegExp(`^(?:${ADVERBS_BEFORE_A_RESULT.join('|')})(?=${ACTIONS_OF_A_RESULT.join('|')})`),
  // 正常年景下粮食产量: the conditions of the year.
  new RegExp(`^在?(?:${CONDITIONS_OF_A_YEAR.join('|')})`),
  // 年接待游客, 年减少用煤: 年 before a verb of what flows says the figure is a year's, which the period says; the label
  // files name the deed without it (年旅客吞吐量, 年产量 are nouns and keep it).
  new RegExp(`^年(?=(?:${YEARLY_FLOW_VERBS.join("|")})(?!量|能力))`),
]

/**
 * 以三七为主的中药材种植面积, 建设以…为重点的景观林带, 以回购为主新增…: what the things are mostly or chiefly is no part of
 * their name (the label files drop it 2/0; 以企业为主体的 names a kind and stays); a verb before it stays (`新建高标准农田`).
 * Also from a list's last item on (`…、30户以上自然村通硬化路为主的四好农村路`).
 */
const CHIEFLY_WHAT: readonly RegExp[] = [
  /^([\u4e00-\u9fff]{0,4}?)以[^,;。、]{1,24}?为(?:主(?![体导要攻])|重点)的?(?=[\u4e00-\u9fff“]{2})/u,
  /^()(?!新增|新建|新改建|新培育)(?:(?!以(?![上下内外来]))[^,;。、]){1,24}?(?<!作)为(?:主(?![体导要攻])|重点)的(?=[\u4e00-\u9fff“]{2})/u,
]

/** Verbs of change, of taking an object and of works' events: an adverb of the plan before one goes with it. */
const ACTION_VERBS = [
  ...VERBS.filter(([, role]) => role === 'up' || role === 'down').map(([w]) => w), ...OBJECT_VERBS, ...PROJECT_EVENTS,
]

const ACTIONS = [...LEADING_ACTIONS, ...BUILD_ACTIONS, ...CHAINED_ACTIONS.filter((a) => a.length > 1), '盘活']
/** The actions a label may open with, which cleanLabel strips or keeps (rules/field-of-work.ts reads up to one). */
export const ACTIONS_OPENING_A_LABEL: readonly string[] = ACTIONS

/** 再完成…, 全面完成…, 已建成…: an adverb goes with the action after it. */
const ADVERB_BEFORE_ACTION = new RegExp(
  `^(?:${[...MODAL_ADVERBS, '顺利', '圆满', ...VERB_ADVERBS, ...STANDARDS_OF_WORK].join('|')})+(?=${ACTIONS.join('|')})`,
)

/**
 * 要再压减…, 再减少…, 再减贫: an adverb of the plan goes before any verb of change or action too (a manner adverb
 * before one may be part of a noun: 重点救助对象, 全面降准).
 */
const MODAL_BEFORE_ACTION = new RegExp(`^(?:${MODAL_ADVERBS.join('|')})(?=${[...ACTIONS, ...ACTION_VERBS].join('|')})`)

/**
 * 城镇累计新增就业, …科技园累计入驻企业, 市场主体数量逆势新增: a sum or a manner inside a label, before the action, says how
 * it counts or went, not what.
 */
const SUM_BEFORE_ACTION = new RegExp(
  `(?<=..)(?:${ADVERBS_BEFORE_AN_INNER_ACTION.join('|')})(?=${[...ACTIONS, ...ACTION_VERBS].join('|')})`, 'g',
)

/** …and a total (`“飓风行动”共拆除违法建设` → 飓风行动拆除违法建设), unless 共 ends a word (`公共`, `中共`). */
const TOTAL_BEFORE_ACTION = new RegExp(
  `(?<=..)(?<![${WORDS_ENDING_IN_A_TOTAL.join('')}])(?:${TOTALS_BEFORE_AN_INNER_ACTION.join('|')})(?=${[...ACTIONS, ...ACTION_VERBS, ...KEPT_VERBS_AFTER_A_TOTAL].filter((a) => a.length > 1).join('|')})`, 'g',
)

/**
 * A time phrase is no subject (`到2026年突破320亿元` carries the subject before it; a year in Chinese numerals, `到二〇二五年`,
 * too), unless a relative clause follows it (`2013年以来新增的涉税市场主体`: the time is part of the noun phrase).
 */
function stripYear(s: string): string {
  const m = /^(到|至|截至|截止)?(?:\d{4}|二[〇○零][一二三四五六七八九〇○零]{2})年(底前|末前|底|末|前|以来|来)?(的)?/.exec(s)
  if (!m || /^[\u4e00-\u9fff]{1,4}的/.test(s.slice(m[0].length))) return s
  // 到2020年前海地区生产总值: 前 opens the name of a zone (前海地区), not "before the year".
  if (m[2] === '前' && !m[3] && PLACE_OPENING_WITH_BEFORE.test(s.slice(m[0].length - 1))) return s.slice(m[0].length - 1)
  return s.slice(m[0].length)
}

/**
 * A zone's name that opens with 前 (`前海地区`, `前湾新区`, `前滩片区`): one to three characters, then the word of a
 * zone; not a scope (`全区`, `我市`) nor a central town (`城区`), whose 前 is the year's.
 */
const PLACE_OPENING_WITH_BEFORE = new RegExp(
  `^前(?![全我本各该城市县])[\u4e00-\u9fff]{1,3}?(?:${['地区', '片区', '合作区', ...PART_OF_PLACE_ENDINGS].join('|')})`,
  'u',
)

/**
 * A span of years at a label's head says when, not what: before an action (`四年完成全社会固定资产投资` → 全社会固定资产投资,
 * `两年累计完成…`, `多年累计改造…`, `十多年来取消…`), or whatever follows when the span says 内 or 来 (`两年内高新技术企业`), never inside a name
 * (`九年义务教育`, `三年行动计划`, `两年平均增速`).
 */
// (十多年, 二十年, 10年, 近十年, 近年: numerals in a row, digits, or 近 before them.)
const SPAN_AT_HEAD = `^(?:近?(?:${SPAN_NUMERALS.join('|')})+|近|\\d{1,2})年`
const SPAN_BEFORE_ACTION = new RegExp(
  `${SPAN_AT_HEAD}(?:${SPAN_ENDINGS.join('|')})?(?:${TOTALS_AFTER_A_SPAN.join('|')})?(?=(?:${[...ACTIONS, ...ACTION_VERBS].filter((a) => a.length > 1).join('|')})[\u4e00-\u9fff“]{2})`,
)
const SPAN_WITHIN = new RegExp(`${SPAN_AT_HEAD}(?:${SPAN_ENDINGS.filter((w) => w !== '间').join('|')})(?![的，,])(?=[\u4e00-\u9fff“]{4})`)
const PROGRAMME_AT_END = new RegExp(`(?:${PROGRAMME_ENDINGS.join('|')})$`)

/** 在…的基础上 around what was done before: the frame's end goes (its 在 goes as a preposition, stripPreposition). */
const FRAME_AT_END = new RegExp(`(?<=[\u4e00-\u9fff”]{2})(?:${FRAME_ENDINGS.join('|')})$`)

/** A span counted up to now (`多年来`, `十年来`): no programme's name opens so (`近年来引进重大项目` names no 三年行动项目). */
const SPAN_UP_TO_NOW = new RegExp(`${SPAN_AT_HEAD}多?来`)

function stripSpan(s: string): string {
  if (PROGRAMME_AT_END.test(s) && !SPAN_UP_TO_NOW.test(s)) return s
  const m = SPAN_BEFORE_ACTION.exec(s) ?? SPAN_WITHIN.exec(s)
  return m ? s.slice(m[0].length) : s
}

/**
 * s without the word it starts with, unless that would leave a single character (`办结率` stays whole), or less than
 * `rest` characters.
 */
function stripWord(s: string, words: ReadonlyMap<string, string[]>, rest = 0): string {
  for (const w of words.get(s[0] as string) ?? NONE) {
    if (s.startsWith(w) && s.length - w.length !== 1 && s.length - w.length >= rest && !cutsWord(s, w)) return s.slice(w.length)
  }
  return s
}

/** Would taking w off s's head cut a word that only begins like it (`并网装机`, `使用外资`)? A word goes at its end only. */
function cutsWord(s: string, w: string): boolean {
  return WORDS_LIKE_OPENERS.some((x) => x.length > w.length && s.startsWith(x))
}

const ACTIONS_BEFORE_A_THING_LONGEST = byFirstChar(ACTIONS_BEFORE_A_THING)
const MERE_DOING_LONGEST = byFirstChar(MERE_DOING_VERBS)

const LEADING_ADVERBS_LONGEST = byFirstChar(LEADING_ADVERBS)

/**
 * 在 at a label's head before a time (`在上半年…`) or a standard indicator (`在固定资产投资增长…的同时`) is a preposition;
 * before anything else it may open the thing (`在建项目`, `在粤执业…人士`) and stays.
 */
function stripPreposition(s: string): string {
  // 以地区生产总值破万亿…为标志, 使城镇化率达到…: a coverb before the name of an indicator is no part of it.
  const coverb = COVERBS_BEFORE_A_MEASURE.find((w) => s.startsWith(w))
  if (coverb && indicatorOf(s.slice(coverb.length)) !== null) return s.slice(coverb.length)
  if (!s.startsWith('在')) return s
  const time = TIMES_AFTER_ZAI.find((w) => s.startsWith(w, 1))
  if (time) return s.slice(1 + time.length)
  // 率先在全省创建智能工厂: a whole scope (全省, 全国) before an action says where it was done first, not what it counts.
  const scope = SCOPE_PREFIXES.find((w) => s.startsWith(w, 1))
  if (scope && ACTIONS.some((a) => s.startsWith(a, 1 + scope.length))) return s.slice(1 + scope.length)
  // 在市区新建停车场, 在城市外围开工建设郊野公园: where the works are, before their verb, is no part of what they are (a
  // state opening with 在, `在建`, is; a frame, `在…中`, or a relative clause, `在…的`, stays).
  if (STATES_OPENING_WITH_ZAI.some((w) => s.startsWith(w))) return s
  for (let k = 3; k < s.length - 2; k++) {
    if ('的中上'.includes(s[k - 1] as string)) return indicatorOf(s.slice(1)) !== null ? s.slice(1) : s
    const works = WORKS_AFTER_A_PLACE.find((w) => s.startsWith(w, k))
    // (建设用地, 建设项目: a noun the verb opens is no verb; 新建设施: nor is half a word.)
    if (!works || NOUNS_OPENED_BY_BUILD_VERB.some((n) => s.startsWith(n, k)) || WORDS_CUT_BY_BUILD_ACTIONS.some((w) => s.startsWith(w, k + works.length - 1))) continue
    // (Not before a relative clause or a frame after the works: `在西安设立领事馆的国家`, `在…建设考评中获…`.)
    const rest = s.slice(k + works.length)
    return [...rest].length > 2 && !/[的中上]/.test(rest) ? s.slice(k) : s
  }
  return indicatorOf(s.slice(1)) !== null ? s.slice(1) : s
}

const AIMING_FIRST = new Set(AIMING_PREPOSITIONS.map((w) => w[0] as string))
const AIMING_VERBS = byLengthDesc([...new Set([...LEADING_ACTIONS, ...BUILD_ACTIONS, ...OBJECT_VERBS])].filter((w) => w.length > 1))

/**
 * 依托产业园区打造市域产教联合体, 围绕主导产业设立院士工作站: what the work is aimed at or built on, up to its verb, says
 * how it is done, not what it counts (as number-before-noun reads it before a count). A relative clause (`面向东盟的金融开放
 * 门户`) names the thing and stays.
 */
function stripAimingPhrase(s: string): string {
  if (!AIMING_FIRST.has(s[0] as string)) return s
  // (面向 before whom something was given names a beneficiary, read as 向: `面向困难群众发放…补贴`.)
  const p = AIMING_PREPOSITIONS.find((w) => s.startsWith(w) && w !== '面向')
  if (!p) return s
  for (let k = p.length + 2; k < s.length - 2; k++) {
    if (s[k - 1] === '的') return s
    let verb = AIMING_VERBS.find((v) => s.startsWith(v, k))
    if (!verb) continue
    // 围绕“桥头堡”建设谋划编制重大项目: of verbs in a row the last takes the things (the first may end the aim).
    for (let next = AIMING_VERBS.find((v) => s.startsWith(v, k + (verb?.length ?? 0))); next; next = AIMING_VERBS.find((v) => s.startsWith(v, k + (verb?.length ?? 0)))) {
      k += verb.length
      verb = next
    }
    // (What it is aimed at names the things when they are only `项目`: 聚焦“十大工程”实施项目 counts 十大工程项目.)
    return [...s.slice(k + verb.length)].length > 2 ? s.slice(k) : s
  }
  return s
}

/** 促进城镇新增就业: a verb of furthering goes before a standard indicator only (`促进消费措施` stays). */
function stripVerbBeforeIndicator(s: string): string {
  const verb = VERBS_BEFORE_AN_INDICATOR.find((w) => s.startsWith(w))
  return verb && indicatorOf(s.slice(verb.length)) !== null ? s.slice(verb.length) : s
}

const startsWithEvent = (s: string): boolean => PROJECT_EVENTS.some((e) => s.startsWith(e))

/**
 * s without the action it opens with (`创建4A级景区` → 4A级景区), unless the action is part of the thing (`创建示范项目`)
 * or one of a chain of events that is the label (`落地开工`).
 */
const RATE_OF_ACTION = /^率/u
/** What 到位 (in hand) names when it opens the words after a verb (到位资金): the funds themselves. */
const FUNDS_IN_HAND: readonly string[] = ['资金', '资本', '投资', '外资', '内资']

/**
 * Things that do the deed, closing what follows the verb (`开展研发活动企业比重`, `开展居家养老服务社区`): the verb and its
 * object then describe them, as a relative clause without 的 (`开展国际经贸合作的国家` is labelled whole); nothing goes.
 */
const DOERS_AT_END = ['企业', '单位', '社区', '村', '教师', '医师', '医生', '人员', '机构', '学校', '医院', '国家', '地区', '城市', '主体', '农户', '家庭'].join('|')

/**
 * A doer and a linking verb before the thing measured (`高校院所开展科技合作项目`, `某实验室助力页岩油年产量`): the label
 * opens at the verb. The last such verb decides; the doer is two characters or more, and the thing after the verb too, with
 * no 的 (`开展国际经贸合作的国家`: the verb then names the thing) and no word the verb forms (`节约型`, `吸引力`, `争取到位资金`, `地下设施`, `解决方案`),
 * and what follows is of three characters or more (`企业解决融资`: 融资 alone would name nobody's). Not after 新增, which
 * defines a count (`新增解决农村饮水安全`), nor in 资源节约, 能源节约 (one noun).
 * 向上争取, 对上争取 (funds won from above) stay whole, as the label files keep them. Read on the subject written before a
 * figure only: in a number before its noun (`20万贫困人口解决温饱`) the doer is what is counted.
 */
const DOER_BEFORE_LINK = new RegExp(`^[\\u4e00-\\u9fff“”()\\s]*[\\u4e00-\\u9fff”)]{2}(?<!向上|对上|新增|资源|能源)(?=(?:${DOER_LINKING_VERBS.join('|')})(?!型|率|力|到位|施|方案)[\\u4e00-\\u9fff“]{3}[^的]*$)(?!.*(?:${DOERS_AT_END})(?:数|户数|家数|占比|比重|比例|新增)?$)`, 'u')

/** A verb joined to the linking verb (`向上争取和兑现…`): the two share the object, and both go. */
const JOINED_VERB = new RegExp(`(?:${[...DOER_LINKING_VERBS, ...LEADING_ACTIONS].join('|')})[和及与并]$`, 'u')

export function withoutDoer(s: string): string {
  const doer = DOER_BEFORE_LINK.exec(s)?.[0]
  if (!doer) return s
  // 支持技术创新和吸引人才支出, 减税降费和兑现惠企资金: what goes before 和 has its own object; the whole is measured.
  if (/[和及与并]$/.test(doer) && !JOINED_VERB.test(doer)) return s
  return s.slice(doer.length)
}

function stripAction(s: string): string {
  if (NOUNS_OPENED_BY_ACTION.some((w) => s.startsWith(w))) return s
  const rest = stripWord(s, ACTIONS_LONGEST)
  // 争取到位资金, 争取到位专项债券: 到位 (in hand) is one word; the verb never goes without its 位. Before funds it names
  // them (到位资金); before anything else it says only that they came, and goes with the verb.
  if (rest.startsWith('位') && s.slice(0, s.length - rest.length).endsWith('到')) {
    const after = rest.slice(1)
    return FUNDS_IN_HAND.some((w) => after.startsWith(w)) || [...after].length < 2 ? `到${rest}` : after
  }
  // 办结率, 完成率: a rate of the action is named by it; the action stays.
  if (rest !== s && RATE_OF_ACTION.test(rest)) return s
  return rest !== s && startsWithEvent(s) && startsWithEvent(rest) ? s : rest
}

/**
 * A subject as a label: without list numbers, time phrases, scope (全市, 我省), openers (其中, 同时), the action
 * done to it (完成, 引进) and quote marks.
 */
/**
 * The clause of a sentence that ends right before `at` (`地区生产总值增速呈现…态势` of `…态势，一季度…`), without its comma
 * and trimmed; '' when the text before `at` ends in no comma.
 */
export function clauseBefore(norm: string, sentenceStart: number, at: number): string {
  const before = norm.slice(sentenceStart, at).trimEnd()
  if (!before.endsWith(',')) return ''
  return before.slice(0, -1).split(',').pop()?.trim() ?? ''
}

/** The longest prefix (two characters or more) of `text` that passes `test`. */
export function longestPrefix(text: string, test: (prefix: string) => boolean): string | null {
  for (let n = text.length; n >= 2; n--) {
    const prefix = text.slice(0, n)
    if (test(prefix)) return prefix
  }
  return null
}

export function cleanLabel(raw: string): string {
  const known = CLEANED.get(raw)
  if (known !== undefined) return known
  const s = cleanLabelUncached(raw)
  // (A bounded memo: cleanLabel is pure, and a report asks for the same subjects again and again.)
  if (CLEANED.size >= CLEANED_MAX) CLEANED.clear()
  CLEANED.set(raw, s)
  return s
}

/** (Not 按揭, a mortgage: `住房按揭贷款累计投放`.) */
const RECKONED_AS = /按(?!揭)[^,，、按]{1,6}?计(?:算)?(?:口径)?(?=[\u4e00-\u9fff]{2}|$)/u
/** (Not last year's, read elsewhere, nor a word opened by 前: `较上年前进了1位`.) */
const BASE_BEFORE_A_DEED = /^(?:对比|比|较)(?!上年|去年|同期)[^比较,，、]{1,6}前(?![进移行列])(?=[\u4e00-\u9fff]{2})/u

const CLEANED = new Map<string, string>()
const CLEANED_MAX = 20_000

function cleanLabelUncached(raw: string): string {
  let s = raw.replace(SPACE_BY_A_CHARACTER, '').replace(SAME_BELOW, '')
  // 按一年计累计意向成交, 生产总值按可比价格计算: how the figure is reckoned is no part of it.
  s = s.replace(RECKONED_AS, '')
  for (let guard = 0; guard < 16; guard++) {
    const before = s
    for (const re of LEADING_PATTERNS) s = s.replace(re, '')
    // 今年将比改革前减轻企业和个人负担: the time compared with, at the head before the deed (比改革前减轻… → 减轻…).
    s = s.replace(BASE_BEFORE_A_DEED, '')
    if (s.includes('为')) for (const re of CHIEFLY_WHAT) s = s.replace(re, '$1')
    if (!PROJECT_EVENTS.includes(s)) s = s.replace(ADVERB_BEFORE_ACTION, '').replace(MODAL_BEFORE_ACTION, '')
    s = stripPreposition(s)
    s = withoutFieldOfWork(s, ACTIONS)
    s = stripAimingPhrase(s)
    s = stripVerbBeforeIndicator(s)
    s = stripYear(s)
    s = stripSpan(s)
    s = s.replace(FRAME_AT_END, '')
    if (!SCOPED_NAMES.some((w) => s.startsWith(w))) s = stripWord(s, SCOPES_LONGEST)
    s = stripWord(s, TIMES_LONGEST)
    if (!namesReliefFor(s)) s = s.replace(SPARED_FOR, '')
    if (!WORDS_LIKE_OPENERS.some((w) => s.startsWith(w)) && !namesReliefFor(s)) s = stripWord(s, OPENERS_LONGEST)
    s = stripAction(s)
    s = stripWord(s, ACTIONS_BEFORE_A_THING_LONGEST, 2)
    s = stripWord(s, MERE_DOING_LONGEST, 3)
    s = stripWord(s, LEADING_ADVERBS_LONGEST)
    if (s === before) break
  }
  // A note in brackets after what it qualifies goes (`（同口径）`, `（农村幸福院）`); a bracket inside a name stays
  // (`中欧班列（成渝）开行量`, `执业（助理）医师数`, `细颗粒物（PM2.5）`), and so does a short one closing it (`县（市）`,
  // `乡镇（街道）`: the other kind of unit it counts), unless it is such a note.
  // (新（改、扩）建: the other deeds of a build verb, in brackets inside it, are the verb as written, as the label files keep it.)
  s = s.replace(/\([^()]{0,12}\)/g, (m, at: number, whole: string) =>
    /PM2\.5|PM10/i.test(m) || ((at + m.length < whole.length || m.length <= 4) && (!BRACKET_NOTES.test(m) || BRACKETED_BUILD_VERB.test(whole.slice(at - 1, at + m.length + 1))))
      ? m
      : '',
  )
  // 涉税市场主体去年纳税: when it happened is the period's business, not the label's.
  s = s.replace(/(?<=.)(去年|今年|当年)(?=.)/g, '')
  // 云浮新港全年吞吐货物总量: 全年 inside a label is when, as at its head; not the whole a share or a task is of
  // (`占全年财政支出`, `超额完成全年目标`).
  s = s.replace(/(?<=.)(?<!占|占到|成)全年(?!目标|计划|任务|投资计划|预算|财政)(?=.)/gu, '')
  s = stripLabelTimes(s)
  // 市直开发园区力争新引进…: an aspiration inside a label is no part of what is counted.
  // (曹妃甸区要确保地区生产总值…: the modal before it goes with it.)
  s = s.replace(/(?<=.)(?:要|将|还要|也要)?(力争|确保)(?=.)/g, '')
  s = s.replace(SUM_BEFORE_ACTION, '')
  s = s.replace(TOTAL_BEFORE_ACTION, '')
  // Note markers (`[1]`, `［1］`, `【1】`, `〔1〕`, Markdown's `[^1]`, circled `①`…`⑳`: `“四新一特①”项目`) point to the notes after
  // the report: no part of a label.
  s = s.replace(NOTE_MARKER_ANYWHERE, '')
  s = s.replace(/[“”"‘’'《》「」]/g, '').trim()
  // 建成区面积由128增加到208平方公里: the starting point (its unit written only after the end point) is no part of
  // the label.
  s = s.replace(/(?<=.{2})由(?:\d+(?:\.\d+)?)?$/, '')
  s = s.replace(/(的|了|和|及|与|、|等)+$/, '')
  // 城镇居民收入比五年前增长42%, 日均分出量比条例实施前增长12.7倍: the time compared with is no part of what is measured
  // (the period says it); 较前(五年) left alone names nothing.
  // (城乡低保标准分别比5年前提高…: the adverb before the comparison goes with it.)
  s = s.replace(/(?<=.{2})(?:分别|均)?(?:对比|比|较)[^比较]{0,8}前$/u, '').replace(/^(?:比|较)前$/u, '')
  // 经济总量在全国30个少数民族自治州中从第6位…: the field a measure is ranked in, closing the label, is no part of it;
  // but a place or body ranked (南京在…中位居全球第五) keeps it, as it says what is ranked.
  s = s.replace(RANKED_MEASURE_IN_FIELD, '$1')
  // 地区生产总值在全省地级市率先突破三千亿元: among whom it was first is the story's, not what is measured.
  s = s.replace(AMONG_A_FIELD_AT_END, '')
  // 企业退休人员养老金标准人均达到1935元/月: 人均 before the verb says the figure is per head, which the unit says; a label
  // never ends on it.
  s = s.replace(/(?<=.{3})人均$/u, '')
  // 民生支出占一般公共预算支出的比重: a share is named without the 的 before 比重 (民生支出占一般公共预算支出比重), as the
  // sample and 25 of the 36 such labels of the label files name it.
  s = s.replace(/(占[^占的]{1,24})的比重$/u, '$1比重')
  // 外贸规模创历史新高、增长13.8%: the record named before the figure says how it went, not what it measures.
  s = s.replace(/(?<=.{2})(?:再次|再|又)?创(?:历史)?新高$/, '')
  s = s.replace(CROSSING_AT_END, '')
  // 酒店数量实现三年翻番: the verb of a result, left at the end when the years were read off after it, names nothing.
  s = s.replace(/(?<=.{2})实现$/u, '')
  // 债券资金跃上百亿台阶（增长112%）: the milestone and the bracket that holds the next figure name nothing.
  s = s.replace(MILESTONE_OPENING_A_BRACKET, '')
  return s
}

/** The peers after a measure, among which it came first (`在全省地级市`, `在全国同类城市中`), closing a label of three characters or more. */
const AMONG_A_FIELD_AT_END = /(?<=\p{Script=Han}{3})在(?:全国|全省|全区)(?:同类城市|省会城市|地级以上城市|地级市|城市|地市|市州|县市区|县市|县区)中?$/u

/** A measure (总量, 指数, 收入, 率…) and the field it is ranked in after it (`经济总量在全国…中`). */
const RANKED_MEASURE_IN_FIELD = /^(.{2,}?(?:总量|总值|指数|产值|收入|增速|增幅|率|额))在[^在,，]{2,20}中$/u

/** A milestone word and the bracket after it, alone (`台阶(` of `跃上百亿台阶（增长112%）`): no label. */
const MILESTONE_OPENING_A_BRACKET = new RegExp(`^新?(?:${MILESTONE_WORDS.join('|')})\\($`, 'u')

/** Does the subject end in a verb that takes the figure as its object (`新增`, `发行`, `惠及`)? Returns the verb. */
/** The words before a figure that may hold the verb taking it as object (`圆满完成` + `12所小学`). */
export function objectClause(pre: Pre): string {
  return pre.verbWord !== null && OBJECT_VERBS.includes(pre.verbWord) ? pre.subject + pre.verbWord : pre.subject
}

export function objectVerbAtEnd(s: string): string | null {
  for (const v of OBJECT_VERBS_LONGEST) if (s.endsWith(v)) return v
  return null
}

/** The last object verb inside s and where it is, or null. */
export function lastObjectVerb(s: string): { at: number; verb: string } | null {
  let best: { at: number; verb: string } | null = null
  for (const v of OBJECT_VERBS_LONGEST) {
    let at = s.lastIndexOf(v)
    // 淘汰市级建成区7台燃煤锅炉: 建成 inside 建成区 is no verb.
    while (at >= 0 && insideNounHoldingVerb(s, at, v)) at = at > 0 ? s.lastIndexOf(v, at - 1) : -1
    if (at >= 0 && (!best || at + v.length > best.at + best.verb.length)) best = { at, verb: v }
  }
  return best ?? openingCountVerb(s)
}

const OPENING_ADVERBS = byLengthDesc([...VERB_ADVERBS, ...ADVERBS_BEFORE_AN_OPENING_VERB])

/** s is a verb that opens a count, after adverbs at most (`成功应对`): the whole of s is the verb, at 0. */
function openingCountVerb(s: string): { at: number; verb: string } | null {
  let rest = s
  for (let adverb = OPENING_ADVERBS.find((w) => rest.startsWith(w)); adverb; adverb = OPENING_ADVERBS.find((w) => rest.startsWith(w))) {
    rest = rest.slice(adverb.length)
  }
  return VERBS_OPENING_A_COUNT.includes(rest) ? { at: 0, verb: s } : null
}

function insideNounHoldingVerb(s: string, at: number, verb: string): boolean {
  return NOUNS_HOLDING_VERBS.some((n) => {
    const k = n.indexOf(verb)
    return k >= 0 && at >= k && s.startsWith(n, at - k)
  })
}

export function stripBeneficiary(s: string): string {
  if (WORDS_LIKE_OPENERS.some((w) => s.startsWith(w))) return s
  for (const p of BENEFICIARY_PREPOSITIONS) if (s.startsWith(p) && s.length > p.length + 1) return s.slice(p.length)
  return s
}

const STOPS_BY_FIRST = byFirstChar([...NOUN_STOPS, ...VERBS_OF_RECEIVING])
// 全面 stops a noun (`空气质量全面达标`) but may start one (`两次全面降准`).
// At its start only adverbs and predicates stop a noun (`出台13条支持措施`: 支持 starts one).
const NOUN_STARTS = new Set(['全面', '支持', '帮助', '直接', '运行', '通过', '获'])
const START_STOPS_BY_FIRST = byFirstChar([...NOUN_START_STOPS, ...NOUN_STOPS.filter((w) => !NOUN_STARTS.has(w))])

/**
 * Does the stop word at k qualify the head of a name right after it (`垃圾分类达标小区`, `竣工项目`)? Then it is part of the
 * noun, which goes on.
 */
function qualifiesAHead(norm: string, k: number): boolean {
  const word = STOPS_BY_FIRST.get(norm[k] as string)?.find((w) => norm.startsWith(w, k))
  if (word === undefined) return false
  if (WORKS_HEADS.some((h) => norm.startsWith(h, k + word.length))) return true
  // 13个饮用水水源地水质达标率100%: the rate of the deed, with its percentage ahead, names what the things counted are
  // measured by (counted-rate reads it); before no percentage (`90项重点工程开工率、投资完成量创新高`) the count stays.
  const after = k + word.length
  return norm[after] === '率' && RATE_PERCENT_AHEAD.test(norm.slice(after + 1, after + 1 + RATE_AHEAD_MAX))
}

/** How far a rate's percentage may follow it (`达标率均保持在100%`). */
const RATE_AHEAD_MAX = 16
const RATE_PERCENT_AHEAD = /^[^,;。!?:\n]*?\d[\d.]*%/

function stopAt(map: Map<string, string[]>, norm: string, k: number): boolean {
  const words = map.get(norm[k] as string)
  return words !== undefined && words.some((w) => norm.startsWith(w, k))
}

const PREDICATE_MAX = 12

const PREDICATE_OPENERS_BY_FIRST = byFirstChar(PREDICATE_OPENERS)
const CLOSING_PREDICATES_BY_FIRST = byFirstChar(CLOSING_PREDICATES)
const PROGRESS_PREDICATES_BY_FIRST = byFirstChar(PROGRESS_PREDICATES)
const PROGRESS_OBJECTS_BY_FIRST = byFirstChar(PROGRESS_OBJECTS)
/** The shortest noun that stands alone before what became of it (`贫困县` of `8个贫困县摘帽`). */
const OUTCOME_NOUN_MIN = 3
/** The shortest noun of people before a verb with its complement of result (`居民用上了`). */
const RESULT_NOUN_MIN = 2
const PREDICATES_BEFORE = [...PROJECT_EVENTS, ...NOUN_START_STOPS]
const CLAUSE_END = (ch: string | undefined): boolean => ch === undefined || DELIMS.has(ch) || ch === '。'

/** Does what became of the things counted start at k: an adverb of a predicate, or a predicate closing the clause? */
function outcomeAt(norm: string, k: number): boolean {
  // 转型或退出: a noun never ends in a conjunction; 建成投运, 脱贫摘帽: nor half a chain of predicates.
  if ('或和及与'.includes(norm[k - 1] as string)) return false
  const progress = PROGRESS_PREDICATES_BY_FIRST.get(norm[k] as string)?.find((w) => norm.startsWith(w, k))
  if (progress !== undefined && CLAUSE_END(norm[k + progress.length])) return true
  if (PREDICATES_BEFORE.some((w) => norm.endsWith(w, k))) return false
  if (BOUND_BEFORE_A_PREDICATE.some((w) => norm.endsWith(w, k))) return false
  if (stopAt(PREDICATE_OPENERS_BY_FIRST, norm, k)) return true
  const closing = CLOSING_PREDICATES_BY_FIRST.get(norm[k] as string)?.find((w) => norm.startsWith(w, k))
  return closing !== undefined && CLAUSE_END(norm[k + closing.length])
}

/**
 * Where a noun ends that a stop word at k ends inside a chain of predicates (`项目建成投产`: 投产 stops it after 建成): before
 * the chain when the noun left stands alone (three characters or more), else after the whole chain, which then says
 * which of the things are counted (`项目建成投产`, as the label files write it); never between its halves.
 */
function wholeChainAround(norm: string, a: number, k: number): number {
  for (let j = Math.max(a + 1, k - CHAIN_HALF_MAX); j < k; j++) {
    const chain = CLOSING_PREDICATES_BY_FIRST.get(norm[j] as string)?.find((w) => norm.startsWith(w, j) && j + w.length > k)
    if (chain === undefined) continue
    // (A chain of works' events after a short noun is named by rules/counted-works-event.ts: `项目` + `建成投产`.)
    if (j - a >= OUTCOME_NOUN_MIN || WORKS_EVENTS_CHAIN.test(chain)) return j
    return CLAUSE_END(norm[j + chain.length]) ? j + chain.length : k
  }
  return k
}

/** A chain of works' events alone (`建成投产`, `竣工投用`). */
const WORKS_EVENTS_CHAIN = new RegExp(`^(?:${byLengthDesc(PROJECT_EVENTS).join('|')})+$`, 'u')

/** The longest first half of a chain of predicates (`建成` of 建成投产, `全面` of 全面完成). */
const CHAIN_HALF_MAX = 3

/** Does the progress of the things counted start at k, closing the clause (`加快8条铁路建设进度`)? */
function progressObjectAt(norm: string, k: number): boolean {
  const object = PROGRESS_OBJECTS_BY_FIRST.get(norm[k] as string)?.find((w) => norm.startsWith(w, k))
  return object !== undefined && CLAUSE_END(norm[k + object.length]) && !PROGRESS_MEASURED.some((w) => norm.endsWith(w, k))
}

/** The words from `at` to the end of the clause (at most PREDICATE_MAX), or '' when the clause goes on. */
export function predicateAfter(norm: string, at: number, max = PREDICATE_MAX): string {
  let k = at
  while (k < norm.length && k - at < max && !DELIMS.has(norm[k] as string) && norm[k] !== '。') k++
  return k > at && (k >= norm.length || DELIMS.has(norm[k] as string) || norm[k] === '。') ? norm.slice(at, k) : ''
}

/** The longest bracket after a noun that is read as part of it: `(市)`, `(站)`, `(街道)` (brackets included, less one). */
const SHORT_BRACKET_MAX = 5

/** A numbered size or grade bracketed inside a word (`小(二)型`, `Ⅱ(一)类`): the bracket and the character it qualifies. */
const ORDINAL_IN_A_WORD = /^\([一二三四五六七八九十ⅠⅡⅢⅣⅤ]{1,2}\)(?=[\u4e00-\u9fff])/u

/** A number ahead before the clause ends. */
const FIGURE_AHEAD = /^[^,;。、:!?\n]*?[\d一二两三四五六七八九十]/

/** A note marker pointing to the notes after the report: `[1]`, `［1］`, `【1】`, `〔1〕`, Markdown's `[^1]`. */
const NOTE_MARKER = /^[[【〔]\^?\d{1,3}[\]】〕]/
const NOTE_MARKER_ANYWHERE = /[[［【〔]\^?\d{1,3}[\]］】〕]|[\u2460-\u2473]/g
const NOTE_OPENERS = '[【〔'

/**
 * A number that names a class or a code inside a noun: `20万吨级`, `5A级`, `5G`, a rating (`220千伏`, `35千伏及以上`), and a
 * size (`30户以上自然村`: the things of that size are counted).
 */
const NAMED_NUMBER = new RegExp(`^[\\d.]+(?:[^\\d\\s,;。、]{0,4}?级|[A-Za-z]+|(?:${RATING_UNITS.join('|')})(?:及?以[上下])?|(?:户|人)及?以上的?(?=[\\u4e00-\\u9fff]))`, 'u')
/** A rating opening a noun (`330千伏变电站`), or right after a joiner inside one (`750千伏和330千伏电网工程`). */
export const RATING_AHEAD = new RegExp(`^[\\d.]+(?:${RATING_UNITS.join('|')})`, 'u')

/**
 * The noun after a figure (`150项关键技术，` → 关键技术; `10个“二线口岸”正式启用` → “二线口岸”): from j (after
 * an optional 的) to the first delimiter, stop word or digit, at most 24 characters.
 */
export function nounAfter(norm: string, j: number): { start: number; end: number } | null {
  let a = j
  if (norm[a] === '的') a++
  if (stopAt(START_STOPS_BY_FIRST, norm, a)) return null
  let k = a
  let quoted = false
  while (k < norm.length && k - a < 24) {
    const ch = norm[k] as string
    if (ch === '“' || ch === '”') quoted = ch === '“'
    // 120个“15分钟品质文化生活圈”: a number inside a quoted name is part of it.
    if (quoted && ch >= '0' && ch <= '9') {
      k++
      continue
    }
    // 17家“专精特新”[^9]企业, 76个“千企技改”[5]项目: a note marker inside the noun is no part of it, and no number ending it.
    if (NOTE_OPENERS.includes(ch)) {
      const marker = NOTE_MARKER.exec(norm.slice(k, k + 7))
      if (marker) {
        k += marker[0].length
        continue
      }
    }
    if (ch >= '0' && ch <= '9') {
      // 20万吨级泊位, 5A级景区, 5G基站: a size class or a code is part of the noun; any other number ends it.
      const named = NAMED_NUMBER.exec(norm.slice(k, k + 12))
      // (A rating names the works only at the noun's start, right after their count: `4座220千伏变电站`, and after
      // 和 there: `22个750千伏和330千伏电网工程`.)
      const ratedRun = k === a || (/[和与]/u.test(norm[k - 1] as string) && RATING_AHEAD.test(norm.slice(a, a + 10)))
      if (!named || (RATING_AHEAD.test(named[0]) && !ratedRun)) break
      k += named[0].length
      continue
    }
    // 15座小(二)型水库, 小(一)型: a numbered size inside a word is part of the noun.
    const inner = ch === '(' && k > a ? ORDINAL_IN_A_WORD.exec(norm.slice(k, k + 6)) : null
    if (inner) {
      k += inner[0].length
      continue
    }
    // 19个对口支援县(市)全部…, 3308个服务中心(站)。: a short bracket that closes the noun names the other kind it counts.
    if (ch === '(' && k > a) {
      const close = norm.indexOf(')', k)
      const after = close + 1
      // (Not before 、: 3个示范乡(镇)、30个示范村(林场)… is a list of attributes, read as before.)
      const closes = (CLAUSE_END(norm[after]) && norm[after] !== '、') || stopAt(STOPS_BY_FIRST, norm, after)
      if (close > k + 1 && close - k <= SHORT_BRACKET_MAX && closes && !BRACKET_NOTES.test(norm.slice(k, after))) {
        k = close + 1
        continue
      }
    }
    if (DELIMS.has(ch) || ch === '。' || ch === '(' || ch === ')' || ch === ' ') break
    if (k > a && stopAt(STOPS_BY_FIRST, norm, k) && !qualifiesAHead(norm, k)) {
      k = wholeChainAround(norm, a, k)
      break
    }
    if (k - a >= OUTCOME_NOUN_MIN && outcomeAt(norm, k)) break
    if (k - a >= OUTCOME_NOUN_MIN && progressObjectAt(norm, k)) break
    // 4万户困难群众圆了…, 换了…: a character before 了 is the verb of the noun's own predicate.
    if (k - a >= OUTCOME_NOUN_MIN && norm[k + 1] === '了') break
    // 9800户居民用上了清洁能源, 5483户百姓住上了新居: so does a verb with its complement of result (用上了).
    if (k - a >= RESULT_NOUN_MIN && resultBeforeParticleAt(norm, k)) break
    // 主平台和7个产业集聚区: 和 or 与 before another figure ends the noun, and 及 always (`6项封关政策及相关配套
    // 制度`: the count is of the first); 民生保障和社会事业项目 is one noun.
    // (750千伏和330千伏电网工程: a rating after 和 a rated noun is another class of the same works, no figure.)
    if (ch === '及' || ((ch === '和' || ch === '与') && FIGURE_AHEAD.test(norm.slice(k + 1, k + 10)) && !(RATING_AHEAD.test(norm.slice(a, a + 10)) && RATING_AHEAD.test(norm.slice(k + 1, k + 10))))) break
    k++
  }
  // 4个产品被纳入…目录, 12户企业被列入…: the passive 被 opens what became of the things, no part of their name.
  if (k > a + 1 && norm[k - 1] === '被') k--
  // 66个项目新开工, 14种疾病新纳入…: 新 (重新) before the verb that ended the noun is the verb's, no part of the name.
  if (k < norm.length && !CLAUSE_END(norm[k])) {
    const adverb = NEW_BEFORE_A_VERB.find((w) => norm.endsWith(w, k))
    // (Not when the noun left would be too short to stand alone, `14个产品新纳入…`, nor after a threshold, `5亿元以上工业项目新开工`:
    // other rules read those whole.)
    const left = k - (adverb?.length ?? 0) - a
    const inWord = adverb === '新' && WORDS_ENDING_IN_NEW_AFTER.includes(norm[k - 2] as string)
    if (adverb && left >= OUTCOME_NOUN_MIN && !inWord && !/以[上下]$/.test(norm.slice(Math.max(0, a - 2), a))) k -= adverb.length
  }
  return k > a ? { start: a, end: k } : null
}

/**
 * The label with the report's own characters: cleaning works on the normalised text, so `（PM2.5）` would come
 * out as `(PM2.5)`. Each character is looked up in order in [from, to) and taken from the original where found.
 */
export function restoreCharacters(label: string, norm: string, original: string, from: number, to: number): string {
  let out = ''
  let pos = from
  for (const ch of label) {
    let at = pos
    while (at < to && norm[at] !== ch) at++
    if (at < to) {
      out += original[at]
      pos = at + 1
    } else out += ch
  }
  return out
}
