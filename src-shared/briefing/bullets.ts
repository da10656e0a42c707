/**
 * Bullets of a section slide: the points a part of the report makes, each a whole thought short enough to
 * read from the back of the room — a paragraph's lead (`工业振兴三年行动圆满收官`), an enumerated item's
 * opening (`一是…`), or a sentence's opening clause — and nothing else: no salutations (`各位代表`), no
 * transitions back to the speech, no sayings, no exclamations, no dash-led fragments.
 *
 * Words are data (BULLET_WORDS); the rules are the small functions below, each named for what it rejects or
 * strips. No rule names one report's sentence.
 */
import type { Paragraph, Section } from '../schemas/report'
import { sentencesOf } from './report-text'

/** The maximum number of bullets a section slide takes from a part of the report. */
export const MAX_BULLETS = 6
/** A bullet shorter than this (in characters) says too little to stand alone. */
export const MIN_BULLET_CHARS = 6
/** A bullet takes at most this many lines at the deck's body size. */
export const MAX_BULLET_LINES = 2

export const BULLET_WORDS = {
  /** Addresses to the audience. A sentence or paragraph that opens with one turns back to the speech. */
  salutations: ['各位代表', '各位委员', '各位政协委员', '同志们', '女士们', '先生们'],
  /** Labels of a web page's own lines, copied with the report (`来源：某某市人民政府`): such a line is no point. */
  pageLabels: ['来源', '信息来源', '稿源', '作者', '编辑', '责任编辑', '发布时间', '发布日期', '发布机构', '浏览次数', '字号'],
  /**
   * Phrases of the speech's transitions: crediting the leadership, acknowledging problems. A paragraph whose
   * first sentence has one is a transition, and so is any sentence that has one.
   */
  transitions: ['来之不易', '坚强领导', '正确领导', '科学指引', '亲切关怀', '清醒看到', '清醒认识到', '清醒地看到', '清醒地认识到', '不足和问题', '问题和不足'],
  /** Markers of an enumerated item, stripped from its opening (`一是`, `第一，`, `首先，`). */
  enumerators: ['一是', '二是', '三是', '四是', '五是', '六是', '七是', '八是', '九是', '十是', '第一，', '第二，', '第三，', '第四，', '第五，', '第六，', '首先，', '其次，', '再次，', '最后，'],
  /** Connectives that open a sentence and add nothing to its point: stripped (`同时，…`). */
  connectives: ['与此同时', '同时', '此外', '另外', '总之', '总的来看', '总体来看', '当然', '因此', '所以', '但是', '然而', '特别是', '尤其是'],
  /** Subjects a point does without: the speaker's `我们`, `我们要` (`我们要坚定不移强产业` → `坚定不移强产业`). */
  subjects: ['我们要', '我们将', '我们必须', '我们'],
  /**
   * Openings of a clause that leads into a point and is none itself: scene-setting (`面对…`, `随着…`, `今后五年`),
   * weighing up (`综合研判形势`).
   */
  leadInOpenings: ['面对', '随着', '为了', '按照', '根据', '围绕', '针对', '对于', '经过', '通过', '基于', '站在', '回首', '展望', '放眼', '今后', '综合研判', '综合考虑', '综合分析'],
  /**
   * Endings of such a clause: times (`…时期`, `…以来`), circumstances (`在…的同时`, `在区委领导下`), a subject
   * waiting for its predicate (`经济增速预期目标的设定`, `这些成绩的取得`), an announcement (`需要说明的是`), the
   * means to an end (`以提升城市软实力为突破，着力建设…`).
   */
  leadInEndings: [
    '时期', '期间', '以来', '年来', '之际', '同时', '之中', '过程中', '基础上', '背景下', '形势下', '情况下', '领导下', '指引下',
    '今年', '去年', '当前', '目前', '一年', '的设定', '的取得', '的提出', '的确定', '的是',
    '为突破', '为抓手', '为目标', '为导向', '为引领', '为重点', '为主线', '为核心', '为牵引', '为契机', '为载体', '为支撑',
  ],
  /** Openings of a clause that completes the one before (`困难挑战越大，越要深化改革`): the two are one thought. */
  completions: ['越', '才能', '就要', '则'],
  /** `要` before a verb phrase is the speaker's exhortation, stripped (`要坚持政府过紧日子`); not in these words. */
  exhortation: { word: '要', words: ['要素', '要求', '要害', '要点', '要闻', '要务', '要件', '要塞', '要道', '要地'] },
  /**
   * Verbs that open a point (`坚持项目为王，扩大有效投资`): short clauses that open with one are work, not a saying.
   */
  actionVerbs: [
    '坚持', '扩大', '加快', '推进', '推动', '实施', '强化', '深化', '优化', '提升', '提高', '加强', '完善', '建设', '打好', '打造',
    '培育', '落实', '稳住', '稳定', '抓好', '做好', '守住', '守牢', '促进', '发展', '聚焦', '巩固', '健全', '构建', '开展', '保障',
    '持续', '全面', '大力', '着力', '积极', '切实', '深入', '统筹', '突出', '激发', '释放', '增强', '壮大', '筑牢', '防范', '化解',
    '稳步', '有序', '扎实', '不断', '进一步', '坚决', '完成', '实现', '支持', '引导', '鼓励', '规范', '严格', '创新', '探索',
  ],
  /**
   * Words of a clause that announces what follows (`五年来主要做了以下工作。`, `主要预期目标是：`): it is no point;
   * what follows its colon may be.
   */
  announcements: ['以下', '如下', '下列', '几个方面', '几方面', '是', '为', '有'],
  /** Characters that lead a fragment: dashes and list marks, stripped. */
  fragmentLeads: ['——', '—', '－', '-', '·', '•', '●', '○', '■', '□', '◆'],
} as const

/** Clause breaks inside a sentence, once its punctuation is full-width (、 lists and `1,200` stay together). */
const CLAUSE_BREAK = /[，：]/u
/** Sentence ends, dropped from a bullet. */
const TRAILING_STOPS = /[\s。；;，,、：:！!？?]+$/u
/** A sentence that exclaims (`…展翅高飞！`) is rhetoric. */
const EXCLAIMS = /[！!]\s*$/u
/** Clauses of a saying: each this short, none with a figure (`人间烟火气，最抚凡人心`). */
const SAYING_CLAUSE_MAX = 7

const chars = (s: string) => [...s].length

/** Half-width punctuation as Chinese text writes it (`,` → `，`), digits' separators (`1,000`) kept; runs of spaces as one. */
const HALF_TO_FULL: Readonly<Record<string, string>> = { ',': '，', ';': '；', ':': '：', '!': '！', '?': '？', '(': '（', ')': '）' }
export function fullWidthPunctuation(text: string): string {
  return text.replace(/\s+/gu, ' ').replace(/[,;:!?()]/gu, (c, at: number, s: string) => (c === ',' && /\d/u.test(s[at - 1] ?? '') && /\d/u.test(s[at + 1] ?? '') ? c : (HALF_TO_FULL[c] ?? c)))
}

function startsWithAny(s: string, words: readonly string[]): string | null {
  return words.find((w) => s.startsWith(w)) ?? null
}

/** Opens with an address to the audience (`各位代表，…`, `各位代表！`). */
export function isSalutation(text: string): boolean {
  return startsWithAny(stripFragmentLead(text.trim()), BULLET_WORDS.salutations) !== null
}

/** A web page's own line copied with the report: `来源：某某市人民政府`, `发布时间：2024-01-18`. */
export function isPageLine(text: string): boolean {
  const t = fullWidthPunctuation(text.trim())
  return BULLET_WORDS.pageLabels.some((w) => t.startsWith(`${w}：`))
}

/** Says one of the speech's transitions (credits, problems). */
export function isTransition(text: string): boolean {
  return BULLET_WORDS.transitions.some((w) => text.includes(w))
}

/**
 * Two or more short clauses without a figure, not opening with a verb of work: a saying (`产业兴，则玉林兴；
 * 产业强，则玉林强`, `前行路上，有风有雨是常态`), not a point (`坚持项目为王，扩大有效投资`).
 */
export function isSaying(sentence: string): boolean {
  const clauses = fullWidthPunctuation(sentence)
    .replace(TRAILING_STOPS, '')
    .split(/[，；]/u)
    .map((c) => c.trim())
    .filter((c) => c !== '')
  if (clauses.length < 2 || !clauses.every((c) => chars(c) <= SAYING_CLAUSE_MAX && !/\d/u.test(c))) return false
  return startsWithAny(stripOpeners(clauses[0]!), BULLET_WORDS.actionVerbs) === null
}

/** Without a leading dash or list mark (`——这是…的五年` → `这是…的五年`). */
export function stripFragmentLead(text: string): string {
  let t = text.trim()
  for (let lead = startsWithAny(t, BULLET_WORDS.fragmentLeads); lead !== null; lead = startsWithAny(t, BULLET_WORDS.fragmentLeads)) t = t.slice(lead.length).trim()
  return t
}

/** Without the words that open a clause and add nothing: enumerators, connectives, the speaker as subject. */
function stripOpeners(clause: string): string {
  let t = clause.trim()
  for (let changed = true; changed; ) {
    changed = false
    for (const list of [BULLET_WORDS.enumerators, BULLET_WORDS.connectives, BULLET_WORDS.subjects]) {
      const w = startsWithAny(t, list)
      if (w) {
        t = t.slice(w.length).replace(/^[，,、：:\s]+/u, '')
        changed = true
      }
    }
    const { word, words } = BULLET_WORDS.exhortation
    if (t.startsWith(word) && !startsWithAny(t, words) && chars(t) > MIN_BULLET_CHARS) {
      t = t.slice(word.length)
      changed = true
    }
  }
  return t
}

/** A year alone as a clause (`2016年`, `五年来`): when, not what. */
const YEAR_CLAUSE = /^(?:\d{4}|[一二三四五六七八九十]+)年(?:来|以来|内)?$/u

/** A clause that leads into a point (`面对改革发展任务`, `“十五五”时期`, `在看到成绩的同时`, `2016年`) and makes none. */
export function isLeadIn(clause: string): boolean {
  const c = clause.trim()
  if (YEAR_CLAUSE.test(c) || startsWithAny(c, BULLET_WORDS.leadInOpenings)) return true
  return BULLET_WORDS.leadInEndings.some((e) => c.endsWith(e))
}

/**
 * A sentence without the clause that announces it (`要努力实现以下目标任务：一是…` → `一是…`, `主要抓了三件事：一是…`);
 * '' when nothing follows.
 */
function withoutAnnouncement(sentence: string): string {
  const colon = sentence.indexOf('：')
  const head = colon < 0 ? sentence : sentence.slice(0, colon)
  // Single characters (`是：`) announce only right before the colon; words (`以下`) anywhere in a clause without a figure.
  const tail = colon < 0 ? '' : sentence.slice(colon + 1).trim()
  const announces =
    startsWithAny(tail, BULLET_WORDS.enumerators) !== null ||
    BULLET_WORDS.announcements.some((w) => ([...w].length === 1 ? colon >= 0 && head.endsWith(w) : head.includes(w) && !/\d/u.test(head)))
  if (!announces) return sentence
  return tail
}

/** The clauses of a sentence, without its final stop. */
function clausesOf(sentence: string): string[] {
  return sentence
    .replace(TRAILING_STOPS, '')
    .split(CLAUSE_BREAK)
    .map((c) => c.trim())
    .filter((c) => c !== '')
}

/** How a bullet is measured: its number of lines at the deck's body size (the design system's fitting rule). */
export type LineCount = (text: string) => number

/**
 * The point a sentence makes, as a bullet, or null when it makes none: its opening clause after scene-setting
 * clauses and openers are dropped, with the next clause joined when the first is too short to stand alone;
 * at most two lines, else none (a bullet is never cut).
 */
export function pointOf(sentence: string, lines: LineCount): string | null {
  const s = withoutAnnouncement(stripFragmentLead(fullWidthPunctuation(sentence)))
  if (s === '' || isSalutation(s) || isTransition(s) || EXCLAIMS.test(s) || isSaying(s) || isPageLine(s)) return null
  // Lead-in clauses go; the point is the first clause left, without its openers, with what completes it.
  const clauses = clausesOf(s)
  while (clauses.length > 0 && (stripOpeners(clauses[0]!) === '' || (clauses.length > 1 && isLeadIn(stripOpeners(clauses[0]!))))) clauses.shift()
  if (clauses.length === 0) return null
  let point = stripOpeners(clauses[0]!)
  if (isLeadIn(point)) return null
  for (let k = 1; k < clauses.length && (chars(point) < MIN_BULLET_CHARS || startsWithAny(clauses[k]!, BULLET_WORDS.completions)); k++) point = `${point}，${clauses[k]}`
  point = point.replace(TRAILING_STOPS, '')
  if (chars(point) < MIN_BULLET_CHARS || lines(point) > MAX_BULLET_LINES) return null
  return point
}

/**
 * The clauses after a sentence's first that say a piece of work on their own: they open with a verb of work
 * (`…，深入实施海南自由贸易港法，稳步扩大制度型开放，…`). A part written as one long sentence gives its points so.
 */
export function actionClauses(sentence: string, lines: LineCount): string[] {
  const s = fullWidthPunctuation(sentence)
  if (isSalutation(s) || isTransition(s) || EXCLAIMS.test(s)) return []
  return clausesOf(s)
    .slice(1)
    .map(stripOpeners)
    .filter((c) => startsWithAny(c, BULLET_WORDS.actionVerbs) !== null && chars(c) >= MIN_BULLET_CHARS && lines(c) <= MAX_BULLET_LINES)
}

/**
 * A paragraph that turns back to the speech: it opens with a salutation, or one of its first two sentences is a
 * transition (`前行路上，有风有雨是常态。在看到成绩的同时，我们也清醒认识到…`).
 */
function isTransitionParagraph(p: Paragraph): boolean {
  const [first = '', second = ''] = sentencesOf(p.text)
  return isSalutation(first) || isTransition(first) || isTransition(second)
}

/** The sentences of a paragraph after its lead. */
function sentencesAfterLead(p: Paragraph): string[] {
  const lead = p.lead?.trim()
  const rest = lead ? p.text.slice(p.text.indexOf(lead) + lead.length) : p.text
  return sentencesOf(rest)
}

/** Whether a sentence is an enumerated item (`二是…`, `第二，…`, `主要抓了三件事：一是…`). */
function isEnumerated(sentence: string): boolean {
  return startsWithAny(withoutAnnouncement(stripFragmentLead(fullWidthPunctuation(sentence))), BULLET_WORDS.enumerators) !== null
}

/**
 * Bullets from a part's own paragraphs: each paragraph's lead, else the point of its first sentence; every
 * enumerated item (`一是…；二是…`); and when that gives fewer than three (a part written as one long
 * paragraph), the points of the following sentences too, and then the clauses that say a piece of work. Transition paragraphs and exclaiming paragraphs
 * give none beyond their lead. No repeats, none that restates the part's title, at most six.
 */
export function paragraphBullets(section: Section, lines: LineCount): string[] {
  const bullets: string[] = []
  const title = fullWidthPunctuation(section.title).replace(TRAILING_STOPS, '')
  const add = (text: string | undefined) => {
    const b = text === undefined ? null : pointOf(text, lines)
    if (b && b !== title && !title.startsWith(b) && !bullets.includes(b) && bullets.length < MAX_BULLETS) bullets.push(b)
  }
  const usable = section.paragraphs.filter((p) => !isTransitionParagraph(p))
  const speaks = (p: Paragraph) => !EXCLAIMS.test(p.text.replace(/[\s”’」』）)]+$/u, ''))
  for (const p of usable) {
    const lead = p.lead?.trim()
    if (lead) add(lead)
    else if (speaks(p)) add(sentencesOf(p.text)[0])
    if (speaks(p)) for (const s of sentencesAfterLead(p).slice(lead ? 0 : 1)) if (isEnumerated(s)) add(s)
  }
  if (bullets.length < 3) {
    for (const p of usable.filter(speaks)) for (const s of sentencesAfterLead(p)) add(s)
  }
  if (bullets.length < 3) {
    for (const p of usable.filter(speaks)) for (const s of sentencesOf(p.text)) for (const c of actionClauses(s, lines)) add(c)
  }
  return bullets
}

/** Bullets from headings (a part without paragraphs lists its subparts): each heading's point. */
export function headingBullets(titles: readonly string[], lines: LineCount): string[] {
  const out: string[] = []
  for (const t of titles) {
    const b = pointOf(t, lines)
    if (b && !out.includes(b) && out.length < MAX_BULLETS) out.push(b)
  }
  return out
}
