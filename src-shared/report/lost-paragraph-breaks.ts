/**
 * A report copied out of a web page or a chat window sometimes arrives as one line: its paragraph breaks became
 * spaces (`…请予审议。 一、2018年工作回顾 2018年是…`). Nothing can then be read as a heading or a paragraph. When one
 * line holds most of a long text and many of its sentences end before a space, that space was a paragraph break: it
 * becomes one again, and so does a sentence's end right before a part's or a section's number (`…之路！二、2019年工作安排`),
 * where the break was lost with no space left. The import stores the text so restored; quotes are taken from it.
 */

/** The shortest line read as a whole report run together. */
const RUN_TOGETHER_MIN = 5000
/** The share of the text such a line holds. */
const RUN_TOGETHER_SHARE = 0.5
/** The fewest sentence ends followed by a space it must have (a report has hundreds of paragraphs). */
const BREAKS_MIN = 10

const BREAK_AFTER_SENTENCE = /([。！？!?])[ \u3000\u00a0]/g
/** A part's or a section's number right after a sentence's end: `！二、`, `。（三）`. */
const NUMBER_AFTER_SENTENCE = /([。！？!?])(?=[一二三四五六七八九十]{1,2}、|[（(][一二三四五六七八九十]{1,2}[）)])/g

/**
 * A section's number after a sentence's end and a space, inside a line (`…集装箱场站。 （四）千方百计扩大内需…`): the break
 * before a heading lost in copying, the space left in its place. The heading opens its own line again.
 */
const HEADING_AFTER_SPACE = /([。！？!?])[ \u3000\u00a0]+(?=[（(][一二三四五六七八九十]{1,2}[）)])/g

export function restoreLostParagraphBreaks(text: string): string {
  return restoreRunTogether(text).replace(HEADING_AFTER_SPACE, '$1\n')
}

function restoreRunTogether(text: string): string {
  let longest = { start: 0, end: 0 }
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start)
    if (end < 0) end = text.length
    if (end - start > longest.end - longest.start) longest = { start, end }
    start = end + 1
  }
  const length = longest.end - longest.start
  if (length < RUN_TOGETHER_MIN || length < text.length * RUN_TOGETHER_SHARE) return text
  const line = text.slice(longest.start, longest.end)
  if ((line.match(BREAK_AFTER_SENTENCE) ?? []).length < BREAKS_MIN) return text
  const restored = line.replace(BREAK_AFTER_SENTENCE, '$1\n').replace(NUMBER_AFTER_SENTENCE, '$1\n')
  return text.slice(0, longest.start) + restored + text.slice(longest.end)
}
