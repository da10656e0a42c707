/**
 * What a figure on a slide says, as an official says it: the verb (`增长3.3%`, `下降1.2%`, `达到5678亿元`,
 * `占比45%`, `居第2位`, `控制在5.5%左右`), the figure with its unit and bounds as the report writes them, and its
 * period (`2023年`, `2024年预期目标`). KPI cards and the draft's targets table word their figures here, so the
 * editor, the show, the PDF and the PPTX export (all of which draw a layout's boxes) say the same words.
 *
 * Words are data: a verb is a row of a table, keyed by the figure's kind, never a special case in a component.
 */
import type { MetricKind } from '../schemas/report'
import type { SlideFigure } from '../schemas/slide-parts'
import { formatFigure, formatNumber, isTargetPeriod } from '../charts/format'
import { indicatorById, indicatorOf } from '../report/indicators'
import { parsePeriod } from '../report/period-format'

/** What of a figure its words depend on. */
export type WordableFigure = Pick<SlideFigure, 'label' | 'value' | 'unit' | 'qualifier' | 'period' | 'kind' | 'high' | 'average' | 'gap'>

export interface FigureWords {
  /** The verb alone (`增长`, `达到`, `居`); '' for a figure typed by hand, which has no kind. */
  verb: string
  /** Whether the verb is its kind's plain one (`增长`, `达到`), which a goal beside a result can leave out. */
  plain: boolean
  /** `年均` for a yearly average, else ''. */
  average: string
  /** The figure without verb: qualifier, number, unit, range (`超110亿元`, `4.5%—5%`). */
  figure: string
  /** Everything before the number: `年均`, the verb, a qualifier written in front (`增长超`, `达到约`). */
  lead: string
  /** The number, without sign when the verb says the direction (`下降` 1.2). */
  number: string
  /** Everything after the number: unit, the upper end of a range, a qualifier written after (`%以上`). */
  tail: string
  /** lead + number + tail: `增长5.5%以上`. */
  text: string
}

interface Verbs {
  up: string
  down: string
}

/** The verb of each kind. Growth and change say their direction; the others state a level. */
const KIND_VERBS: { readonly [K in MetricKind]: Verbs } = {
  growth: { up: '增长', down: '下降' },
  change: { up: '提高', down: '下降' },
  amount: { up: '达到', down: '达到' },
  count: { up: '达到', down: '达到' },
  share: { up: '达到', down: '达到' },
  rank: { up: '居', down: '居' },
}

/** Indicators whose growth the genre words otherwise: prices rise (`居民消费价格上涨2.9%`). */
const GROWTH_VERBS_BY_INDICATOR: Readonly<Record<string, Verbs>> = {
  cpi: { up: '上涨', down: '下降' },
}

/** A share of a whole reads `占比45%`: its label names a part (`…占…`, `…比重`, `…占比`). */
const SHARE_OF_WHOLE = /占|比重/u

/** Shares of indicators that have a ceiling (unemployment) read `为5.2%` as results and `控制在5.5%左右` as goals. */
const CEILING_VERBS = { result: '为', goal: '控制在' } as const

/**
 * Qualifiers that are verbs themselves (`突破200亿元`, `控制在3.9%`, `不低于50%`). They take the verb's place for
 * levels; a growth keeps its verb and writes them after it (`增长超5%`), except those that bound it (`控制在`).
 */
const VERB_QUALIFIERS = new Set(['超', '超过', '突破', '控制在', '不少于', '不低于', '不超过'])
const GROWTH_VERB_QUALIFIERS = new Set(['控制在', '不超过'])

/** The verb a figure of this kind, label and direction takes, before qualifiers. */
function baseVerb(f: WordableFigure, kind: MetricKind, down: boolean): string {
  const indicator = indicatorById(indicatorOf(f.label))
  if (kind === 'growth') {
    const verbs = (indicator && GROWTH_VERBS_BY_INDICATOR[indicator.id]) ?? KIND_VERBS.growth
    return down ? verbs.down : verbs.up
  }
  if (kind === 'share') {
    if (SHARE_OF_WHOLE.test(f.label)) return '占比'
    if (indicator?.better === 'ceiling') return isTargetPeriod(f.period) || f.qualifier === '以内' || f.qualifier === '以下' ? CEILING_VERBS.goal : CEILING_VERBS.result
  }
  const verbs = KIND_VERBS[kind]
  return down ? verbs.down : verbs.up
}

/** The figure's words. A figure without a kind (typed by hand) reads as number and unit, as before. */
export function figureWords(f: WordableFigure): FigureWords {
  const kind = f.kind
  const rawQualifier = f.qualifier ?? ''
  const average = f.average === true || rawQualifier === '年均'
  let qualifier = rawQualifier === '年均' ? '' : rawQualifier
  const signed = kind === 'growth' || kind === 'change'
  const down = signed && f.value < 0
  const value = down ? -f.value : f.value
  const high = f.high == null ? null : down ? -f.high : f.high

  // 高于全国0.2个百分点: a gap's own comparison is its verb; `提高0.2个百分点` would read as a change over time.
  const gap = kind === 'change' && f.gap ? f.gap : ''
  let verb = gap || (kind ? baseVerb(f, kind, down) : '')
  if (kind && !gap && VERB_QUALIFIERS.has(qualifier) && (kind !== 'growth' || GROWTH_VERB_QUALIFIERS.has(qualifier))) {
    verb = qualifier
    qualifier = ''
  }
  const number = formatNumber(value)
  let figure: string
  if (kind === 'rank') figure = `${qualifier === '以内' ? '前' : '第'}${number}${f.unit}`
  else if (high !== null) figure = `${number}—${formatFigure(high, f.unit, qualifier)}`
  else figure = formatFigure(value, f.unit, qualifier)
  const at = figure.indexOf(number)
  const before = at < 0 ? '' : figure.slice(0, at)
  const tail = at < 0 ? figure : figure.slice(at + number.length)
  const yearly = average ? '年均' : ''
  const lead = `${yearly}${verb}${before}`
  const plain = kind !== undefined && verb === KIND_VERBS[kind].up
  return { verb, plain, average: yearly, figure, lead, number: at < 0 ? '' : number, tail, text: `${yearly}${verb}${figure}` }
}

/**
 * A period as a slide says it: `2023` → `2023年`, `2024 target` → `2024年预期目标`, `2021-2025` → `2021—2025年`,
 * `2026-2030 target` → `2026—2030年目标`; '' when unknown.
 */
export function periodWords(period: string | null | undefined): string {
  const p = parsePeriod(period)
  if (!p) return period?.trim() ?? ''
  if (p.from === p.to) return p.target ? `${p.from}年预期目标` : `${p.from}年`
  return `${p.from}—${p.to}年${p.target ? '目标' : ''}`
}

/**
 * The goal under a result on a KPI card. A goal for the result's own year reads `目标 5.5%以上`; any other
 * (next year's, a five-year one) names its period, `2024年预期目标 5.5%以上`, so it never reads as the result's
 * own target. The verb is left out when it is the result's or its kind's plain one (the card already says
 * `增长`); a verb that tells more stays (`下降0.1%` beside `上涨2%左右`, `控制在5.5%左右`). '' without a goal.
 */
export function goalWords(f: WordableFigure & Pick<SlideFigure, 'target'>): string {
  const t = f.target
  if (!t) return ''
  const words = figureWords({ ...t, label: f.label, kind: t.kind ?? f.kind })
  const verb = words.verb === figureWords(f).verb || words.plain ? '' : words.verb
  const text = `${words.average}${verb}${words.figure}`
  const own = parsePeriod(f.period)
  const goal = parsePeriod(t.period)
  const sameYears = own !== null && goal !== null && own.from === goal.from && own.to === goal.to
  return sameYears ? `目标 ${text}` : `${periodWords(t.period) || '目标'} ${text}`
}
