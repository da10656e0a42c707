/**
 * The head of a report: the speaker line under the title (`——2024年2月29日在玉林市第六届人民代表大会第六次会议上
 * 市长 张惠强`) and the opening sentence (`现在，我代表海拉尔区人民政府，向大会报告…`). The one module that reads
 * them: the section tree skips the line, the report's year and place come from it, and the draft names the
 * organisation, meeting and speaker from it.
 */

import { normalizeForAnalysis } from './normalize'
import { chineseNumeralValue } from './words/numerals'

export interface SpeakerLine {
  /** “2024年2月29日”. */
  date: string | null
  /** “玉林市第六届人民代表大会第六次会议”. */
  meeting: string | null
  /** “玉林市人民政府”. */
  organization: string | null
  /** “市长 张惠强”. */
  speaker: string | null
}

/** Where the speaker line and the opening sentence live: the head of the report, before the body starts. */
const HEAD_CHARS = 600

/** Administrative level words, longest first (a place ends with one of them). */
const LEVELS = '自治区|自治州|自治县|特别行政区|省|市|州|盟|县|区|旗'
const PLACE = new RegExp(`^(.+?(?:${LEVELS}))\\s*第?[一二三四五六七八九十百零〇\\d]*届`)
/** The term of a government or congress (`第十四届`), after its place. */
const TERM = /第?[一二三四五六七八九十百零〇\d]+届$/
/** A level word alone (`自治区第八届人民代表大会`, `我代表自治区人民政府`) names no place. */
const BARE_LEVEL = new RegExp(`^(?:${LEVELS})$`)
// The date may be written in Chinese numerals (`二〇一六年一月二十五日`), digit by digit for the year.
const YEAR_DIGITS = '〇○零一二三四五六七八九'
const DATE = new RegExp(`(\\d{4}|[${YEAR_DIGITS}]{4})\\s*年\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*月\\s*(\\d{1,2}|[一二三四五六七八九十]{1,3})\\s*日`)
// The meeting may run on to the next line (`在兰州市第十七届人民代表大会` / `第五次会议上`, `在宁波市` / `第十六届…`), across
// a blank line only after a place or a term (`在合肥市` / `` / `第十五届人民代表大会…`, as web pages print it).
const MEETING = /在((?:.|\n(?!\n)|(?<=[市州区县省盟旗届])\n\n(?!\n)){2,40}?(?:人民代表大会|人大)[^上]{0,20}?(?:会议|大会))上/
/** A date line that ends at 会议 without 上 (`——2013年1月3日在某市第十四届人民代表大会第一次会议`). */
const MEETING_UNCLOSED = /在([^\n]{2,40}?(?:人民代表大会|人大)[^上\n]{0,20}?会议)[ \t]*(?=\n)/
/** A meeting right after the date, without 在 (`——2021年1月13日某某市第十六届人民代表大会第五次会议`). */
const MEETING_AFTER_DATE = /日\s*在?([^\n,，。;；]{2,40}?(?:人民代表大会|人大)[^上\n]{0,20}?(?:会议|大会))/
/** The speaker by office and name (`市长 张某`), the name perhaps spaced as typesetters space two-character names (`龚 正`). */
const SPEAKER = /(?:代?(?:省长|市长|州长|县长|区长|主席|旗长|盟长))\s*[\u4e00-\u9fa5·](?:[ \u3000]?[\u4e00-\u9fa5·]){1,3}/
/** The speaker named with the place they head (`某某市人民政府市长 王某`, `某某市市长 王某`) names the place. */
const PLACE_OF_SPEAKER = new RegExp(`^([\u4e00-\u9fa5]{1,10}?(?:${LEVELS}))(?:人民政府)?(?:代理|代)?(?:省长|市长|州长|县长|区长|主席|旗长|盟长)`, 'm')
/** `我代表海拉尔区人民政府` / `我代表国务院` / `我代表第九届省人民政府`: the body that reports (its term is no place). */
/** `我代表`, and the government's term it may name before the body (`第九届`, `本届`): no part of the place. */
const ON_BEHALF_OF = '我(?:谨)?代表(?:第?[一二三四五六七八九十\\d]{1,3}届|本届|新一届)?'
const ON_BEHALF = new RegExp(`${ON_BEHALF_OF}([\\u4e00-\\u9fa5]{0,16}?)(人民政府|国务院)`)

/** A line opening with its date and naming the congress's meeting, without 在…上 (`2019年1月11日某市第十五届人民代表大会第四次会议通过`). */
const DATED_MEETING = new RegExp(`^\\s*${DATE.source}\\s*在?[^。，,\\n]{0,40}(?:人民代表大会|人大)[^。，,\\n]{0,20}(?:会议|大会)`)

/** Is this line (the first characters of a line after the title) a speaker/date line? */
export function isSpeakerLine(line: string): boolean {
  return (
    /^(—|-|─|_){1,3}/.test(line) ||
    /在.{0,40}(会议|大会)上/.test(line.slice(0, 80)) ||
    /(?:会议|大会)上$/.test(line.slice(0, 80)) ||
    DATED_MEETING.test(line.slice(0, 80))
  )
}

/** A name alone on its line (`王某某`, `王  某`), as web pages print the speaker under the title. */
const BARE_NAME = /^[\u4e00-\u9fa5](?:\s*[\u4e00-\u9fa5]){1,3}$/

/**
 * A head line that is neither title nor speaker line: the speaker alone (`上海市市长 应勇`, `市委副书记、市长 某某`,
 * or the bare name), the meeting's document number (`市十六届人大五次会议文件（三）`) or a web page's caption of
 * who delivers it (`市长某某作政府工作报告`).
 */
export function isHeadNoteLine(line: string): boolean {
  if (line.length > 40) return false
  return (
    new RegExp(`${SPEAKER.source}$`).test(line) ||
    (BARE_NAME.test(line.trim()) && !/报告/.test(line)) ||
    /会议(?:文件|材料)|(?:文件|材料)之[一二三四五六七八九十]/.test(line) ||
    /.[作做](?:政府)?工作报告$/.test(line.trim())
  )
}

export function parseSpeakerLine(text: string): SpeakerLine {
  const original = text.slice(0, HEAD_CHARS)
  // Read on the normalised head (full-width digits as digits); names come from the original characters.
  const head = normalizeForAnalysis(original)
  const date = readDate(head)
  const meetingMatch = MEETING.exec(head) ?? MEETING_UNCLOSED.exec(head) ?? MEETING_AFTER_DATE.exec(head)
  const meetingAt = meetingMatch ? meetingMatch.index + meetingMatch[0].indexOf(meetingMatch[1] as string) : -1
  const meeting = meetingMatch ? original.slice(meetingAt, meetingAt + (meetingMatch[1] as string).length).replace(/\s+/g, '') : null
  let organization: string | null = null
  if (meeting) {
    // The place before the congress: “玉林市”, “广西壮族自治区”, “浙江省”, “海淀区”; not a bare “市”.
    const name = PLACE.exec(meeting)?.[1]
    if (name && [...name].length >= 2 && !BARE_LEVEL.test(name)) organization = `${name}人民政府`
  }
  if (organization === null) {
    const body = ON_BEHALF.exec(head)
    // 我代表州第十四届人民政府: which term of the government is no part of the place.
    const name = (body?.[1] ?? '').replace(TERM, '')
    if (body && (([...name].length >= 2 && !BARE_LEVEL.test(name)) || body[2] === '国务院')) organization = `${name}${body[2]}`
  }
  if (organization === null) {
    const name = PLACE_OF_SPEAKER.exec(head)?.[1] ?? ''
    if ([...name].length >= 2 && !BARE_LEVEL.test(name)) organization = `${name}人民政府`
  }
  const speakerMatch = SPEAKER.exec(meetingMatch ? head.slice(meetingMatch.index) : head)
  return {
    date: date ? `${date.year}年${date.month}月${date.day}日` : null,
    meeting,
    organization,
    speaker: speakerMatch?.[0]?.replace(/\s+/g, ' ').trim() ?? null,
  }
}

/**
 * The year a report is of, from its speaker line (`——2024年2月29日…` → 2024), or null. A session held in
 * November or December plans the year to come (`——2021年12月29日在…第一次会议上` → 2022): some cities meet
 * before the new year.
 */
export function speakerLineYear(text: string): number | null {
  const date = readDate(normalizeForAnalysis(text.slice(0, HEAD_CHARS)))
  if (!date) return null
  return date.month >= 11 ? date.year + 1 : date.year
}

/** Was the report given in November or December, before the year it plans (so its `今年` is the year reviewed)? */
export function spokenBeforeItsYear(text: string): boolean {
  const date = readDate(normalizeForAnalysis(text.slice(0, HEAD_CHARS)))
  return date !== null && date.month >= 11
}

/** The first date of a head, in figures or Chinese numerals (`2024年2月29日`, `二〇一六年一月二十五日`). */
function readDate(head: string): { year: number; month: number; day: number } | null {
  const date = DATE.exec(head)
  if (!date) return null
  const part = (w: string): number => (/\d/.test(w) ? Number(w) : (chineseNumeralValue(w) ?? 0))
  return { year: yearValue(date[1] as string), month: part(date[2] as string), day: part(date[3] as string) }
}

/** `2016` or `二〇一六`: a year written in figures or digit by digit in Chinese numerals. */
function yearValue(written: string): number {
  if (/^\d+$/.test(written)) return Number(written)
  return Number([...written].map((ch) => (YEAR_DIGITS.indexOf(ch) <= 2 ? 0 : YEAR_DIGITS.indexOf(ch) - 2)).join(''))
}

/**
 * The level of the body that reports, when the head names it without its place (`我代表省人民政府` → 省), so
 * the place can be looked up in the text.
 */
const BARE_LEVEL_ON_BEHALF = new RegExp(`${ON_BEHALF_OF}(省|市|区|县|自治州|州|自治区|盟|旗)(?:第[一二三四五六七八九十百零〇\\d]+届)?人民政府`)

export function unnamedLevel(text: string): string | null {
  const body = BARE_LEVEL_ON_BEHALF.exec(text.slice(0, HEAD_CHARS))
  // 我代表自治州人民政府: a prefecture, as 州.
  return body ? (body[1] === '自治州' ? '州' : (body[1] as string)) : null
}

/** The place the report governs as its head names it: `海拉尔区`, `玉林市`, `全国` (国务院), or null. */
export function headPlace(text: string): string | null {
  const org = parseSpeakerLine(text).organization
  if (org === '国务院' || (org !== null && org.endsWith('国务院'))) return '全国'
  if (org) return org.replace(/人民政府$/, '') || null
  return null
}
