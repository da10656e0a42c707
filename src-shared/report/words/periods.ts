/**
 * Words that name a time, relative to the report's own year Y (the plan year; the review is of Y − 1).
 * Words are data; period.ts reads them.
 */

/** A phrase and the years it covers, as [from, to] offsets from Y, and whether it names a goal. */
export interface RelativeTime {
  words: readonly string[]
  from: number
  to: number
  target: boolean
}

/** How a span of N years is written: 两年 … 十年, 2年 … 10年 (三 and 3 alike). */
export const SPAN_COUNTS: readonly { written: readonly string[]; n: number }[] = [
  { written: ['两', '二', '2'], n: 2 }, { written: ['三', '3'], n: 3 }, { written: ['四', '4'], n: 4 },
  { written: ['五', '5'], n: 5 }, { written: ['六', '6'], n: 6 }, { written: ['七', '7'], n: 7 },
  { written: ['八', '8'], n: 8 }, { written: ['九', '9'], n: 9 }, { written: ['十', '10'], n: 10 },
]

/** The phrases of the N years up to the review year (`四年来`, `这五年`, `两年累计`) and of the N years ahead. */
const PAST_SPAN_PHRASES: readonly ((n: string) => string)[] = [
  (n) => `过去${n}年`, (n) => `过去的${n}年`, (n) => `${n}年来`, (n) => `近${n}年`, (n) => `${n}年累计`, (n) => `${n}年间`, (n) => `这${n}年`,
  (n) => `${n}年共`,
]
const FUTURE_SPAN_PHRASES: readonly ((n: string) => string)[] = [
  (n) => `今后${n}年`, (n) => `未来${n}年`, (n) => `今后的${n}年`, (n) => `未来的${n}年`,
]

function spanTimes(phrases: readonly ((n: string) => string)[], target: boolean): RelativeTime[] {
  return SPAN_COUNTS.map(({ written, n }) => ({
    words: written.flatMap((w) => phrases.map((p) => p(w))),
    from: target ? 0 : -n,
    to: target ? n - 1 : -1,
    target,
  }))
}

export const RELATIVE_TIMES: readonly RelativeTime[] = [
  ...spanTimes(FUTURE_SPAN_PHRASES, true),
  ...spanTimes(PAST_SPAN_PHRASES, false),
  { words: ['五年内'], from: -5, to: -1, target: false },
  { words: ['今明两年'], from: 0, to: 1, target: true },
  { words: ['今年以来'], from: 0, to: 0, target: false },
  { words: ['今年', '明年'], from: 0, to: 0, target: true },
  { words: ['去年', '过去一年', '刚刚过去的一年', '过去的一年', '上一年', '这一年', '一年来', '上年'], from: -1, to: -1, target: false },
]

/**
 * The opening weeks of a year (`新年伊始，一场突如其来的疫情…`, `年初以来，…`). Opening a paragraph of their own, they are of
 * the year the speech is given in, as `今年以来` is (a report given in May after a spring of epidemic: a fact of that year,
 * never one of its goals; in a report given before its year, late-session.ts, of the year reviewed); inside a paragraph
 * they are of the year it speaks of (`刚刚过去的一年，…。年初以来，…`), and date nothing of their own.
 */
export const YEAR_OPENINGS: readonly string[] = ['新年伊始', '新春伊始', '年初以来', '开年以来']

/** Words opening a clause on a part of the whole just named (`，其中2020年获6项`): a year after them heads the clause. */
export const PART_OF_WHOLE: readonly string[] = ['其中']

/** Every word of RELATIVE_TIMES: time phrases that open a clause and are never part of a label. */
export const RELATIVE_TIME_WORDS: readonly string[] = RELATIVE_TIMES.flatMap((t) => t.words)

/** The Nth five-year plan (“十四五”) spans 1971 + 5 (N − 4) … + 4, regular since the fourth. */
function fiveYearPlanSpan(n: number): [number, number] | null {
  if (!Number.isInteger(n) || n < 4 || n > 30) return null
  const from = 1971 + 5 * (n - 4)
  return [from, from + 4]
}

/** The ordinal in a five-year plan's name: 十四五 → 14, 十五五 → 15, 十三五 → 13, 十五 → 10, 九五 → 9. */
const FIVE_YEAR_PLAN_NAMES: Readonly<Record<string, number>> = {
  六五: 6, 七五: 7, 八五: 8, 九五: 9, 十五: 10,
  十一五: 11, 十二五: 12, 十三五: 13, 十四五: 14, 十五五: 15, 十六五: 16, 十七五: 17,
}

/**
 * A five-year plan's name. 十三五 is one whatever follows; the short names (十五, 九五) are also numbers (十五个,
 * 第十五届, 九五折), so they count only in quotes (`“十五”`) or before a word of a plan's time (`十五期间`, `九五末`);
 * `“七五”普法`, `“八五”法治宣传教育` are the five-year campaigns of legal education, not the plans of those names.
 */
export const PLAN_NAME_SOURCE =
  '(?:十[一二三四五六七]五|(?<![第十百千零〇一二三四五六七八九\\d])(?:[六七八九]五|十五)(?![”"’]?(?:普法|法治宣传))(?=[”"’]|(?:计划)?(?:时期|期间|末|以来|规划|计划)))'
const PLAN_NAMES = new RegExp(PLAN_NAME_SOURCE, 'g')

/** Every five-year plan s names, in order, as spans (`“十二五”重大成就及“十三五”主要目标` → 2011-2015, 2016-2020). */
export function planSpansIn(s: string): [number, number][] {
  const spans: [number, number][] = []
  for (const m of s.matchAll(PLAN_NAMES)) {
    const span = fiveYearPlanSpan(FIVE_YEAR_PLAN_NAMES[m[0]] ?? 0)
    if (span) spans.push(span)
  }
  return spans
}

/** The five-year plan s names (`“十四五”时期工作回顾`, `“十五”期间`), as its span; null when it names none. */
export function planSpanIn(s: string): [number, number] | null {
  return planSpansIn(s)[0] ?? null
}

/**
 * Words that name a government's term (`2017年及本届政府工作回顾`, `2021年和第十三届政府工作回顾`): a time of its
 * own, of no fixed length (four or five years), so a title naming one and a year names two times.
 */
export const TERM_WORDS = /本届政府|本届|第?[一二三四五六七八九十]{1,3}届(?:省|市|区|县|州|盟|旗|自治区)?(?:人民)?政府/

/**
 * A government new in office (`新一届政府成立以来的工作`): reviewing, it speaks of the year or so since it was
 * formed, not of a term at its end; its goals (`新一届政府工作的总体目标`) are still the term ahead.
 */
export const NEW_TERM_WORDS = /新一届/

/**
 * What a speech says of a time in a sentence of its own whose subject it is (`2025年极不平凡。`, `过去的五年极不寻常。`,
 * `2025年承前启后、继往开来。`): the whole sentence, so the time dates what follows. Not a thing of that time
 * (`“十三五”能耗“双控”目标全面完成。`).
 */
export const TIME_VERDICTS =
  /^(?:(?:是)?(?:极|很|殊|十分|非常|尤为|实属|确实)?(?:不平凡|不寻常|不容易|不简单|不易|难忘|艰难|艰辛|关键|特殊)(?:的一年|的五年)?|极为难忘|承前启后、?继往开来|波澜壮阔|砥砺奋进|砥砺前行)(?:、(?:极|很|殊|十分|非常|尤为|实属)?(?:不平凡|不寻常|不容易|不易|难忘|艰难|艰辛))*$/

/** Words of striving before a goal's date (`力争到2026年`, `确保到2025年底`): the date still opens its clause. */
export const GOAL_LEADS: readonly string[] = ['力争', '确保', '争取', '预计', '计划', '努力', '要']
/**
 * Words of an estimate right before the year they date (`预计2015年实现1560亿元`, `初步核算2017年达到4.5万亿元`): the
 * year still opens its clause, and dates it.
 */
export const ESTIMATE_LEADS: readonly string[] = ['据初步统计', '据初步核算', '初步统计', '初步核算', '预计']
/**
 * Parts of a year that date a figure to them, not to the year (`前三季度，全市生产总值增长2.1%`, `1—11月，固定资产投资增长
 * 12.6%`, `全市生产总值一季度下降7.2%`): a quarter, a half, the months up to one. (`1—12月` is the whole year.)
 */
export const PART_OF_YEAR = /(?:第?[一二三四1-4]季度|前三季度|前[两三]季度|上半年|下半年|前[一二三四五六七八九十两]{1,2}个月|1[-—–－至~～](?:[1-9]|1[01])月)(?:份)?/g
/** Words that turn a sentence back to the whole year after a part of it (`二季度由负转正、全年增长4.2%`). */
export const WHOLE_YEAR = /全年|全年度|年末|年底|一年来|\d{4}年(?![第一二三四1-4上下前]|\d)/g
/** Words setting a higher aim after a goal (`增长6.5%左右，力争7%`, `增长5.5%以上，争取达到6%`). */
export const ASPIRATION_WORDS: readonly string[] = ['力争', '争取']

/**
 * Words in a figure's clause that say it has already happened (`同比下降42.1%`, `已建成…1548万千瓦`): a fact,
 * never one of the goals of the part it stands in.
 */
export const PAST_MARKERS: readonly string[] = ['同比', '已经', '已', '刚刚', '比上年', '较上年', '比去年', '较去年']

/** Words that open the reasons for a state (`活力足主要是…`): what follows them is how things stand, not a goal. */
export const EXPLANATION_MARKERS: readonly string[] = ['主要是', '主要在于', '得益于']
/** What makes such a word announce the goals instead (`预期性指标主要是：`, `主要目标主要是：`), which are goals. */
export const GOALS_BEFORE_EXPLANATION: readonly string[] = ['指标', '目标']
/** What makes such a word open a purpose instead (`主要是为了…`), which is a goal. */
export const PURPOSE_AFTER_EXPLANATION: readonly string[] = ['为了', '为', '要', '把', '加快', '推动']

/** Phrases that announce the year's goals (`主要预期目标是：`); `好于预期目标` does not. */
export const GOAL_ANNOUNCERS: readonly string[] = ['预期目标', '主要目标', '目标任务', '发展目标']
/** What follows an announcer when it announces: 是 / 为 / ： */
export const ANNOUNCER_FOLLOWERS = ['是', '为', ':', '：', '如下']

/** Section-title words of a review and of a plan. */
/** A heading on a plan's opening (`确保实现“十三五”良好开局`, `做好“十四五”开局工作`): the part is on the plan's first year, not its five. */
export const PLAN_OPENING_TITLE_WORDS = /良好开局|开局良好|开好局|起好步|开门红|开局工作|开局(?:起步)?之年|起步之年/
/** A heading that sets out to close a plan (`实现“十四五”规划圆满收官`): the part is on the plan's last year. */
export const PLAN_CLOSING_TITLE_WORDS = /(实现|确保|奋力|夺取|推动|力争).{0,24}(圆满收官|完美收官|收官)/

/**
 * A review's title opening on a number of years (`五年工作回顾`, `五年工作的回顾`, `五年政府工作回顾`): the years up to
 * the review year; the group is the count. (`五年规划`, `三年行动计划` are plans, told apart by PLAN_TITLE_WORDS.)
 */
export const SPAN_REVIEW_HEAD = /^([两二三四五六七八九十])年(?:的|来的?)?(?:政府)?工作/

// (`2016年主要工作和成效`: the work done and what it achieved; a bare 成效 is no review, `推动…取得新成效` plans it.)
export const REVIEW_TITLE_WORDS = /回顾|成绩|成就|收官|过去|以来|进展|完成情况|执行情况|工作(?:和|及|与)?成效|主要成效/
export const PLAN_TITLE_WORDS = /安排|任务|目标|计划|建议|要求|展望|打算|思路|部署|重点工作|工作重点|主要工作|政策取向|做好(?:\d{4}年|今年)/

/**
 * Words that restate what was just said before a goal's date (`确立了发展目标，即到2027年…`, `就是到2020年…`): the date
 * still opens its clause.
 */
export const RESTATING_WORDS: readonly string[] = ['也就是', '就是', '即']
