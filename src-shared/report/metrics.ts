import type { Metric, MetricKind } from '../schemas/report'
import { normalizeForAnalysis } from './normalize'

/**
 * Quantitative statements of a government work report → Metric.
 *
 * One left-to-right pass over the normalised text. Each number followed by a known unit is a candidate;
 * everything else (years, dates, section numbers, “1158” names, ordinals such as 第3家) is skipped. For a
 * candidate the clause before it is read backwards — at most CLAUSE_MAX characters, so the pass stays linear
 * even on a 1 MB line — to find the qualifier (超/突破/近/约…), the verb (增长/下降/达/提升至…) and the
 * subject noun phrase, which becomes the label.
 *
 * `period` and `sectionId` are left null here; analyze.ts fills them in from the section tree.
 */

type UnitClass = 'pct' | 'ppt' | 'times' | 'money' | 'measure' | 'count'

const UNIT_TABLE: [string, UnitClass][] = [
  ['个百分点', 'ppt'],
  ['百分点', 'ppt'],
  ['%', 'pct'],
  ['‰', 'pct'],
  ['倍', 'times'],
  ['万亿元', 'money'],
  ['亿美元', 'money'],
  ['万美元', 'money'],
  ['美元', 'money'],
  ['亿元', 'money'],
  ['万元', 'money'],
  ['千元', 'money'],
  ['元', 'money'],
  // Air quality: PM2.5 浓度 28微克/立方米 (normalised, so the full-width slash is already '/').
  ['微克/立方米', 'measure'],
  ['毫克/立方米', 'measure'],
  ['亿千瓦时', 'measure'],
  ['万千瓦时', 'measure'],
  ['千瓦时', 'measure'],
  ['度电', 'measure'],
  ['万千瓦', 'measure'],
  ['千瓦', 'measure'],
  ['兆瓦', 'measure'],
  ['吉瓦', 'measure'],
  ['万平方公里', 'measure'],
  ['平方公里', 'measure'],
  ['万平方米', 'measure'],
  ['平方米', 'measure'],
  ['亿立方米', 'measure'],
  ['万立方米', 'measure'],
  ['立方米', 'measure'],
  ['万公顷', 'measure'],
  ['公顷', 'measure'],
  ['万亩', 'measure'],
  ['亩', 'measure'],
  ['亿吨', 'measure'],
  ['万吨', 'measure'],
  ['吨', 'measure'],
  ['万亿斤', 'measure'],
  ['万亿立方米', 'measure'],
  ['万亿千瓦时', 'measure'],
  ['万亿美元', 'money'],
  ['亿斤', 'measure'],
  ['万斤', 'measure'],
  ['斤', 'measure'],
  ['公斤', 'measure'],
  ['千克', 'measure'],
  ['公里', 'measure'],
  ['千米', 'measure'],
  ['万标准箱', 'measure'],
  ['标准箱', 'measure'],
  ['万标箱', 'measure'],
  ['标箱', 'measure'],
  ['岁', 'measure'],
  ['万人次', 'count'],
  ['亿人次', 'count'],
  ['人次', 'count'],
  ['万人', 'count'],
  ['亿人', 'count'],
  ['人', 'count'],
  ['万户', 'count'],
  ['户', 'count'],
  ['万家', 'count'],
  ['家', 'count'],
  ['万个', 'count'],
  ['个', 'count'],
  ['万项', 'count'],
  ['项', 'count'],
  ['万名', 'count'],
  ['名', 'count'],
  ['所', 'count'],
  ['万套', 'count'],
  ['套', 'count'],
  ['座', 'count'],
  ['条', 'count'],
  ['万辆', 'count'],
  ['辆', 'count'],
  ['天', 'count'],
  ['位', 'count'],
  ['台', 'count'],
  ['万台', 'count'],
  ['件', 'count'],
  ['万件', 'count'],
  ['万次', 'count'],
  ['次', 'count'],
  ['处', 'count'],
  ['栋', 'count'],
  ['间', 'count'],
  ['张', 'count'],
  ['万张', 'count'],
  ['头', 'count'],
  ['万头', 'count'],
  ['万只', 'count'],
  ['只', 'count'],
  ['批', 'count'],
  ['亿', 'count'],
  ['万', 'count'],
]
// Longest first, so 个百分点 wins over 个 and 万人次 over 万人.
UNIT_TABLE.sort((a, b) => b[0].length - a[0].length)

const CLAUSE_MAX = 80
const DELIMS = new Set([',', ';', '。', '!', '?', ':', '、', '\n'])
const SENTENCE_END = new Set(['。', '!', '?', ';', '\n'])

/** Words before the number that bound it. Longest first. */
const PRE_QUALIFIERS: [string, Metric['qualifier']][] = [
  ['不低于', '以上'],
  ['不少于', '以上'],
  ['超过', '超过'],
  ['突破', '突破'],
  ['接近', '近'],
  ['将近', '近'],
  ['大约', '约'],
  ['不足', null],
  ['不到', null],
  ['超', '超'],
  ['逾', '超'],
  ['近', '近'],
  ['约', '约'],
]
const POST_QUALIFIERS: [string, Metric['qualifier']][] = [
  ['以上', '以上'],
  ['左右', '左右'],
  ['上下', '左右'],
  ['以内', null],
  ['以下', null],
  ['多', '多'],
  ['余', '多'],
]

type VerbRole = 'up' | 'down' | 'level' | 'neutral' | 'more' | 'less'
/** Verbs just before a number (after any qualifier). Longest first within the scan. */
const VERBS: [string, VerbRole][] = [
  ['提高到', 'level'], ['提高至', 'level'], ['提升到', 'level'], ['提升至', 'level'],
  ['上升到', 'level'], ['上升至', 'level'], ['增长到', 'level'], ['增长至', 'level'],
  ['增加到', 'level'], ['增加至', 'level'], ['扩大到', 'level'], ['扩大至', 'level'],
  ['下降到', 'level'], ['下降至', 'level'], ['降低到', 'level'], ['降低至', 'level'],
  ['减少到', 'level'], ['减少至', 'level'], ['控制在', 'level'], ['稳定在', 'level'],
  ['保持在', 'level'], ['维持在', 'level'], ['达到', 'level'], ['达至', 'level'],
  ['增至', 'level'], ['升至', 'level'], ['降至', 'level'], ['降到', 'level'], ['减至', 'level'],
  ['增长', 'up'], ['提高', 'up'], ['提升', 'up'], ['上升', 'up'], ['上涨', 'up'], ['攀升', 'up'],
  ['扩大', 'up'], ['增加', 'more'], ['多出', 'more'], ['高出', 'more'], ['高于', 'more'], ['快于', 'more'],
  ['下降', 'down'], ['降低', 'down'], ['压减', 'down'], ['压降', 'down'], ['回落', 'down'],
  ['下滑', 'down'], ['缩减', 'down'], ['缩小', 'down'], ['下跌', 'down'], ['减少', 'less'],
  ['低于', 'less'], ['慢于', 'less'],
  ['新增', 'neutral'], ['完成', 'neutral'], ['实现', 'neutral'], ['保持', 'neutral'], ['占', 'neutral'],
  ['达', 'level'], ['为', 'level'], ['是', 'level'], ['至', 'level'], ['到', 'level'],
  ['减', 'down'], ['降', 'down'], ['增', 'up'],
]

/** Adverbs and connectives between subject and verb; stripped from the label. */
const ADVERBS = [
  '分别', '同比', '比上年', '较上年', '比去年', '较去年', '均', '累计', '共计', '合计', '总计', '首次',
  '再次', '继续', '持续', '进一步', '已经', '已', '共', '全年', '一年', '当年', '年内', '每年', '稳步', '大幅',
  '平均', '年均', '又', '还', '也', '都', '将', '力争', '预计', '确保', '争取', '全部', '整体', '总体', '各',
]

const GROWTH_LABEL_SUFFIX = ['增速', '增幅', '涨幅', '增长率', '降幅']
const SHARE_LABEL_SUFFIX = ['比重', '占比', '比例', '率', '覆盖率', '贡献率', '达标率', '强度']

const LEADING_STRIP: RegExp[] = [
  /^[\s"“”‘’'《》「」()]+/,
  /^(其中|同时|此外|另外|并且|并|且|以及|及|和|与|的|之|而)/,
  // Enumerations inside a paragraph: 一是…二是…, 其一
  /^([一二三四五六七八九十]+是|其[一二三四五六七八九十])/,
  // A time phrase is no subject: 到2026年突破320亿元 carries the subject before it.
  /^(到|至|截至|截止)\d{4}年(底|末)?/,
  /^(全年|今年|去年|当年|年内|上年|本年)/,
  /^\d{4}年(以来|来)?/,
  /^(全市|全省|全区|全县|全州|全国|全盟|全旗|全镇|全乡|全域|我市|我省|我区|我县|我州|本市|本省|本区|本县)/,
  /^(累计|共计|合计|共|实现|完成)/,
  /^(连续|已连续)[\d一二三四五六七八九十两]+(个)?(年|届|季度|月|次)/,
  /^(每年|年均|平均|同比|分别)/,
  // 同口径增长4.5%, 按可比价格计算增长5%: how the growth is measured, not a subject.
  /^(同口径|按可比价格计算|按可比价计算|按可比价|可比价)/,
  // A list number left at the clause start: （1）营商环境…, 2.促进消费…
  /^(\(?\d{1,2}\)|\d{1,2}[.、]|\(?[一二三四五六七八九十]+\)|[一二三四五六七八九十]+、)/,
  /^(引进|发放|获得|争取到|争取|带动|吸引|招引|兑现|拨付|筹集|筹措|落实|投入)/,
  /^(大力推进|大力推动|积极推进|推动|推进|加快|力争|确保|努力|计划|预计|全力)/,
  /^(每个|各个|各)/,
  /^(新增)?((建设|新建|改造|提升|改扩建|改造提升|建成|实施|提质)[和、及与]?){2,}/,
]

const TRAILING_STRIP: RegExp[] = [
  // 居民人均可支配收入实际增长6.1%: 实际 / 名义 qualify the growth, not the subject.
  /(实际|名义)$/,
  /(连续|已连续)[\d一二三四五六七八九十两]+(个)?(年|届|季度|月|次)$/,
  /(比|较)\d{4}年$/,
  /(比|较)(上年|去年|上年同期|同期)$/,
]

const GENERIC_LABELS = new Set([
  '总量', '总额', '总数', '总计', '合计', '规模', '总规模', '总投资', '总产值', '数量', '总人数', '累计', '总量达',
])

/** Fields set after extraction (analyze.ts) or only by later rules. */
type FilledLater = 'high' | 'written' | 'indicator' | 'confidence'

export interface RawMetric extends Metric {
  /** Offset of the sentence the metric belongs to (for carry-over and period cues). */
  sentenceStart: number
}

function isDigit(ch: string | undefined): boolean {
  return ch !== undefined && ch >= '0' && ch <= '9'
}
function isAsciiLetter(ch: string | undefined): boolean {
  return ch !== undefined && ((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z'))
}
function isCjk(ch: string | undefined): boolean {
  if (ch === undefined) return false
  const c = ch.charCodeAt(0)
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)
}

interface NumberToken {
  start: number
  end: number
  value: number
}

/** Read a number at i (first char is a digit): 12, 12.5, 1,234 (half-width grouping comma only). */
function readNumber(norm: string, original: string, i: number): NumberToken {
  const n = norm.length
  let j = i
  while (j < n && isDigit(norm[j])) j++
  // Grouping: ,ddd (only where the original has a half-width comma, never the Chinese ，)
  while (
    norm[j] === ',' &&
    original[j] === ',' &&
    isDigit(norm[j + 1]) &&
    isDigit(norm[j + 2]) &&
    isDigit(norm[j + 3]) &&
    !isDigit(norm[j + 4])
  ) {
    j += 4
  }
  if (norm[j] === '.' && isDigit(norm[j + 1])) {
    j++
    while (j < n && isDigit(norm[j])) j++
  }
  let digits = ''
  for (let k = i; k < j; k++) {
    const ch = norm[k] as string
    if (ch !== ',') digits += ch
  }
  return { start: i, end: j, value: Number(digits) }
}

interface UnitMatch {
  unit: string
  cls: UnitClass
  end: number
}

function matchUnit(norm: string, j: number): UnitMatch | null {
  for (const [u, cls] of UNIT_TABLE) {
    if (norm.startsWith(u, j)) return { unit: u === '百分点' ? '个百分点' : u, cls, end: j + u.length }
  }
  return null
}

function matchAt(norm: string, j: number, table: [string, Metric['qualifier']][]): [string, Metric['qualifier']] | null {
  for (const entry of table) if (norm.startsWith(entry[0], j)) return entry
  return null
}

/** Is the text after a number+unit the end of the statement (not an attributive like 10万吨高纯镍)? */
function endsStatement(norm: string, j: number): boolean {
  const ch = norm[j]
  if (ch === undefined) return true
  if (DELIMS.has(ch)) return true
  if (ch === ')' || ch === '(' || ch === '”' || ch === '"' || ch === '’' || ch === '》' || ch === ' ' || ch === '）') return true
  if (norm.startsWith('和', j) || norm.startsWith('及', j)) return isDigit(norm[j + 1])
  return false
}

/** Clause start: the character after the nearest delimiter, looking back at most CLAUSE_MAX. */
function clauseStart(norm: string, i: number, floor: number, delims: Set<string>): number {
  const limit = Math.max(floor, i - CLAUSE_MAX)
  let k = i - 1
  while (k >= limit) {
    const ch = norm[k] as string
    if (ch === ')') {
      // Skip a short parenthesis: 县(市、区)
      let o = k - 1
      while (o >= limit && k - o <= 16 && norm[o] !== '(' && norm[o] !== '\n') o--
      if (o >= limit && norm[o] === '(') {
        k = o - 1
        continue
      }
    }
    if (delims.has(ch)) return k + 1
    k--
  }
  return limit
}

const RANK_DELIMS = new Set([',', ';', '。', '!', '?', ':', '\n'])
const RANK_VERBS = ['排名', '排在', '排位', '位次', '位列', '位居', '名列', '跃居', '跃升至', '跃升', '升至', '稳居', '排', '居', '列']

interface Parsed {
  label: string
  /** Offset in norm where the label text (after leading strips of 等-lists) begins. */
  quoteStart: number
  verb: VerbRole | null
  verbWord: string | null
  qualifier: Metric['qualifier']
  respectively: boolean
  comparison: boolean
}

/** Read [cs, i) backwards: qualifier, verb, adverbs; what is left is the subject. */
function parsePre(norm: string, cs: number, i: number, viaListComma: boolean): Parsed {
  let s = norm.slice(cs, i)
  let qualifier: Metric['qualifier'] = null
  let qualifierSet = false
  let verb: VerbRole | null = null
  let verbWord: string | null = null
  let respectively = false
  let comparison = false
  let yearly = false
  for (let guard = 0; guard < 12; guard++) {
    const before = s
    s = s.replace(/\s+$/, '')
    let hit = false
    for (const [w, q] of PRE_QUALIFIERS) {
      if (s.endsWith(w)) {
        if (!qualifierSet) {
          qualifier = q
          qualifierSet = true
        }
        s = s.slice(0, -w.length)
        hit = true
        break
      }
    }
    if (hit) continue
    for (const [w, role] of VERBS) {
      if (s.endsWith(w)) {
        // 新增 is a verb only at the very end; inside a label (新增就业) it stays.
        if ((w === '增' || w === '降' || w === '减') && s.length > 1) {
          const p = s[s.length - 2] as string
          if ('新递剧锐猛骤'.includes(p)) break
        }
        if (w === '占' && verb !== null) break
        if (verb === null) {
          verb = role
          verbWord = w
        } else if (role === 'more' || role === 'less') {
          comparison = true
        }
        s = s.slice(0, -w.length)
        hit = true
        break
      }
    }
    if (hit) continue
    for (const w of ADVERBS) {
      if (s.endsWith(w)) {
        if (w === '均' && s.length > 1 && '人年平'.includes(s[s.length - 2] as string)) {
          if (s.endsWith('年均') || s.endsWith('平均')) {
            if (s.endsWith('年均')) yearly = true
            s = s.slice(0, -2)
            hit = true
          }
          break
        }
        if (w === '分别') respectively = true
        if (w === '年均') yearly = true
        s = s.slice(0, -w.length)
        hit = true
        break
      }
    }
    if (hit) continue
    // Comparison scope: 高于全区 / 比全国平均 / 快于全省…
    const cmp = /(高于|低于|快于|慢于|高出|领先|超出|比|较)(全国|全省|全区|全市|全州|全县|全球|世界|同期|上年|去年|平均|全国平均|全省平均|全区平均)*(平均|水平)?$/.exec(
      s.slice(-16),
    )
    if (cmp && cmp[0].length > 1) {
      comparison = true
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
  if (!qualifierSet && yearly) qualifier = '年均'
  // 装备制造、…、纺织服装等主导产业 → 主导产业 (only in a 、-list, not 高等教育)
  let quoteStart = cs
  const deng = s.lastIndexOf('等')
  if (deng > 0 && deng < s.length - 1) {
    const prevCh = s[deng - 1] as string
    const nextCh = s[deng + 1] as string
    const wordy = '高平同对中初超均'.includes(prevCh) || '级次于'.includes(nextCh)
    if (!wordy && (viaListComma || s.slice(0, deng).includes('、'))) {
      quoteStart = cs + deng + 1
      s = s.slice(deng + 1)
    }
  }
  let label = cleanLabel(s)
  // 比上年年初预算增加1800亿元: the subject is a comparison base, not a subject — carry the previous one.
  if (/^(比|较|同比|相比)/.test(label)) {
    comparison = true
    label = ''
  }
  return { label, quoteStart, verb, verbWord, qualifier, respectively, comparison }
}

export function cleanLabel(raw: string): string {
  let s = raw
  for (let guard = 0; guard < 12; guard++) {
    const before = s
    for (const re of LEADING_STRIP) s = s.replace(re, '')
    if (s === before) break
  }
  s = s.replace(/\([^()]{0,12}\)/g, '')
  s = s.replace(/[“”"‘’'《》「」]/g, '').trim()
  // Strip trailing particles left over.
  s = s.replace(/(的|了|和|及|与|、)+$/, '')
  return s
}

function isGeneric(label: string): boolean {
  return GENERIC_LABELS.has(label) || (label.length <= 4 && label.startsWith('总') && label.length >= 2)
}

function coreOf(label: string): string {
  return label.replace(/^(新增|新引进|新签约|新认定|新培育|新建|引进|新)/, '')
}

function kindOf(cls: UnitClass, verb: VerbRole | null, label: string, comparison: boolean): { kind: MetricKind; sign: 1 | -1 } {
  const down = verb === 'down' || verb === 'less'
  const sign: 1 | -1 = down ? -1 : 1
  if (cls === 'ppt') return { kind: 'change', sign }
  if (cls === 'pct' || cls === 'times') {
    if (verb === 'up' || verb === 'down' || verb === 'more' || verb === 'less') {
      if (comparison && cls === 'times') return { kind: 'change', sign }
      return { kind: 'growth', sign }
    }
    for (const suf of GROWTH_LABEL_SUFFIX) if (label.endsWith(suf)) return { kind: 'growth', sign: 1 }
    return { kind: 'share', sign: 1 }
  }
  if (verb === 'more' || verb === 'less') return { kind: 'change', sign }
  if (verb === 'up' || verb === 'down') {
    // 增长/下降 N units is a change in level; 提升/扩大 N亩 likewise.
    return { kind: 'change', sign }
  }
  return { kind: cls === 'count' ? 'count' : 'amount', sign: 1 }
}

export interface ExtractOptions {
  /** The normalised text, when the caller already has it. */
  norm?: string
}

/** Find every quantitative statement in `original`. Metric ids are m1, m2, … in text order. */
export function extractMetrics(original: string, options: ExtractOptions = {}): RawMetric[] {
  const norm = options.norm ?? normalizeForAnalysis(original)
  const out: RawMetric[] = []
  const n = norm.length
  let sentenceStart = 0
  let lineStart = 0
  let lastTokenEnd = 0
  let openQuote = -1
  let openBook = -1
  let i = 0
  /** The subject of a “由X…到Y” change, waiting for its second figure. */
  let fromSubject: { label: string; quoteStart: number; end: number } | null = null

  const push = (m: Omit<RawMetric, 'id' | 'period' | 'sectionId' | 'quote' | FilledLater>): RawMetric => {
    const metric: RawMetric = {
      id: `m${out.length + 1}`,
      label: m.label,
      value: m.value,
      unit: m.unit,
      kind: m.kind,
      qualifier: m.qualifier,
      high: null,
      written: null,
      period: null,
      indicator: null,
      confidence: { level: 'high', reasons: [] },
      quote: original.slice(m.start, m.end),
      sectionId: null,
      start: m.start,
      end: m.end,
      sentenceStart: m.sentenceStart,
    }
    out.push(metric)
    return metric
  }
  const prevInSentence = (): RawMetric | null => {
    const p = out[out.length - 1]
    return p && p.start >= sentenceStart ? p : null
  }

  while (i < n) {
    const ch = norm[i] as string
    if (!isDigit(ch)) {
      if (SENTENCE_END.has(ch)) {
        sentenceStart = i + 1
        if (ch === '\n') {
          lineStart = i + 1
          openQuote = -1
          openBook = -1
        }
      } else if (ch === '“') openQuote = i
      else if (ch === '”') openQuote = -1
      else if (ch === '"') openQuote = openQuote >= 0 ? -1 : i
      else if (ch === '《') openBook = i
      else if (ch === '》') openBook = -1
      i++
      continue
    }
    const prev = i > 0 ? norm[i - 1] : undefined
    const tok = readNumber(norm, original, i)
    // Part of a code, a version or a decimal we did not start: RCEP2, 1.2.3, B7
    if (isAsciiLetter(prev) || prev === '.' || isDigit(prev) || isAsciiLetter(norm[tok.end])) {
      i = tok.end
      continue
    }
    // Inside a short quoted name: “1158”目标, 《…2035年…》
    if ((openQuote >= 0 && i - openQuote <= 20) || (openBook >= 0 && i - openBook <= 40)) {
      i = tok.end
      continue
    }
    const floor = Math.max(lineStart, lastTokenEnd)

    // Ranks: 排全区第2, 居全国第5位
    if (prev === '第') {
      let e = tok.end
      let unit = '名'
      if (norm[e] === '位' || norm[e] === '名') {
        unit = norm[e] as string
        e++
      }
      const rcs = clauseStart(norm, i, Math.max(lineStart, lastTokenEnd), RANK_DELIMS)
      const pre = norm.slice(rcs, i - 1)
      let vAt = -1
      let vLen = 0
      for (const v of RANK_VERBS) {
        const at = pre.lastIndexOf(v)
        if (at < 0 || pre.length - at > 14) continue
        // The verb ending last wins; at the same end, the longest (稳居 over 居).
        const endAt = at + v.length
        const bestEnd = vAt + vLen
        if (vAt < 0 || endAt > bestEnd || (endAt === bestEnd && v.length > vLen)) {
          vAt = at
          vLen = v.length
        }
      }
      const between = vAt >= 0 ? pre.slice(vAt + vLen) : ''
      if (vAt >= 0 && !/[\d一二三四五六七八九十]/.test(between) && endsStatement(norm, e)) {
        let label = cleanLabel(parsePre(norm, rcs, rcs + vAt, false).label)
        const carried = prevInSentence()
        if (!label && carried) label = carried.label
        if (label) {
          push({
            label,
            value: tok.value,
            unit,
            kind: 'rank',
            qualifier: null,
            start: skipSpace(norm, rcs, i),
            end: e,
            sentenceStart,
          })
        }
        lastTokenEnd = e
      }
      i = e
      continue
    }

    // Number [多|余] [space] unit
    let j = tok.end
    let midQualifier: Metric['qualifier'] = null
    if (norm[j] === '多' || norm[j] === '余') {
      midQualifier = '多'
      j++
    }
    if (norm[j] === ' ' && norm[j + 1] !== ' ') j++
    const unit = matchUnit(norm, j)
    if (!unit) {
      i = tok.end
      continue
    }
    // A range 3-5%: skip the second half, the first has no unit
    if (prev === '-' || prev === '—' || prev === '~' || prev === '～' || prev === '至') {
      const p2 = norm[i - 2]
      if (isDigit(p2) || p2 === '%') {
        i = unit.end
        continue
      }
    }
    let negative = false
    if (prev === '-' && !isDigit(norm[i - 2])) negative = true
    let e = unit.end
    let postQualifier: Metric['qualifier'] = midQualifier
    const post = matchAt(norm, e, POST_QUALIFIERS)
    if (post && !(post[0] === '多' && isCjk(norm[e + 1]) && !endsStatement(norm, e + 1))) {
      if (post[1] !== null || postQualifier === null) postQualifier = post[1] ?? postQualifier
      e += post[0].length
    }
    if (!endsStatement(norm, e)) {
      // 由12.3亿元增加到18.7亿元: the first figure is the start of a change; its subject goes to the second.
      const before = norm.slice(Math.max(floor, i - 2), i)
      if (/[由从]$/.test(before)) {
        const fcs = skipSpace(norm, clauseStart(norm, i, floor, DELIMS), i)
        const subject = parsePre(norm, fcs, i - 1, false).label
        fromSubject = subject ? { label: subject, quoteStart: fcs, end: unit.end } : null
      }
      // Attributive (10万吨高纯镍, 1万亿元特别国债): not a statement, but the next subject starts after it.
      lastTokenEnd = unit.end
      i = unit.end
      continue
    }
    const numStart = negative ? i - 1 : i
    let cs = clauseStart(norm, numStart, floor, DELIMS)
    const viaListComma = cs > 0 && norm[cs - 1] === '、'
    cs = skipSpace(norm, cs, numStart)
    const parsed = parsePre(norm, cs, numStart, viaListComma)
    let label = parsed.label
    const from = fromSubject && fromSubject.end === cs ? fromSubject : null
    fromSubject = null
    if (!label && from) {
      label = from.label
      parsed.quoteStart = from.quoteStart
    }
    const carried = prevInSentence()
    if (!label && carried) label = carried.label
    else if (label && isGeneric(label) && carried) label = coreOf(carried.label) + label
    const qualifier = postQualifier ?? parsed.qualifier
    const { kind, sign } = kindOf(unit.cls, parsed.verb, label, parsed.comparison)

    // 分别增长44.2%、32.7%: a list of values for a list of subjects
    const values: { value: number; end: number; qualifier: Metric['qualifier'] }[] = [
      { value: (negative ? -tok.value : tok.value) * sign, end: e, qualifier },
    ]
    let k = e
    // 分别增长7%和8.5%: after 分别, 和/及/与 also join the values.
    const joins = (at: number) => norm[at] === '、' || (parsed.respectively && (norm[at] === '和' || norm[at] === '及' || norm[at] === '与'))
    while (joins(k) && isDigit(norm[k + 1]) && values.length < 20) {
      const t2 = readNumber(norm, original, k + 1)
      const u2 = matchUnit(norm, t2.end)
      if (!u2 || u2.cls !== unit.cls) break
      let e2 = u2.end
      let q2: Metric['qualifier'] = null
      const p2 = matchAt(norm, e2, POST_QUALIFIERS)
      if (p2) {
        q2 = p2[1]
        e2 += p2[0].length
      }
      if (!endsStatement(norm, e2)) break
      values.push({ value: t2.value * sign, end: e2, qualifier: q2 ?? parsed.qualifier })
      k = e2
    }
    let quoteStart = skipSpace(norm, parsed.quoteStart, numStart)
    // “超50亿元的4个”: a quote never starts with a bare 的 — reach back to the clause start.
    if (norm[quoteStart] === '的') quoteStart = skipSpace(norm, clauseStart(norm, numStart, lineStart, DELIMS), numStart)
    if (values.length > 1) {
      let parts = label.split(/和|、|及|与|以及/).map((x) => x.trim()).filter((x) => x.length > 0)
      // “分别达到45678元、23456元，分别增长4.5%、6.7%”: a second list without a subject takes the first
      // list's subjects, pair by pair.
      if (!parsed.label && carried) {
        // The previous list is the last metrics pushed, all quoting the same clause.
        const previous = out.slice(-values.length)
        if (previous.length === values.length && previous.every((m) => m.start === carried.start && m.sentenceStart === sentenceStart)) {
          parts = previous.map((m) => m.label)
        }
      }
      // 城乡居民人均可支配收入分别增长7%和8.5%: urban, then rural.
      if (parts.length === 1 && values.length === 2 && label.startsWith('城乡') && label.length > 2) {
        parts = [`城镇${label.slice(2)}`, `农村${label.slice(2)}`]
      }
      const last = values[values.length - 1] as (typeof values)[number]
      values.forEach((v, idx) => {
        const lab = parts.length === values.length ? (parts[idx] as string) : label
        if (!lab) return
        push({
          label: lab,
          value: v.value,
          unit: unit.unit,
          kind,
          qualifier: v.qualifier,
          start: quoteStart,
          end: last.end,
          sentenceStart,
        })
      })
      lastTokenEnd = last.end
      i = last.end
      continue
    }
    if (label) {
      push({
        label,
        value: values[0]?.value ?? tok.value,
        unit: unit.unit,
        kind,
        qualifier,
        start: quoteStart,
        end: e,
        sentenceStart,
      })
    }
    lastTokenEnd = e
    i = e
  }
  return out
}

function skipSpace(norm: string, a: number, limit: number): number {
  let k = a
  while (k < limit && norm[k] === ' ') k++
  return k
}
