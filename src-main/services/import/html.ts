/**
 * A saved web page → the report's text. Government sites wrap a report in navigation, a sidebar of other
 * news, share buttons, a “来源：… 责任编辑：…” line and a footer; the report itself is the longest run of
 * paragraph text. So:
 *
 * 1. Decode the bytes by the page's declared charset (`<meta charset>` or `http-equiv`, GBK and GB2312 read
 *    as GB18030), falling back to the text decoder's own detection.
 * 2. Parse with parse5 (the HTML standard's parser, so broken markup parses as a browser would).
 * 3. Score paragraph text (links do not count) onto the elements that hold it, as readability tools do: a
 *    `<p>`'s text scores its parent in full and its grandparent by half; text written straight into a
 *    `<div>` or `<td>` (with `<br>` between paragraphs) scores that element. The best element, with any
 *    sibling that scored at least a fifth as much (a report split over several blocks), is the body.
 * 4. Write the body out one paragraph a line, drop the boilerplate lines, and put the article's title first
 *    when the body does not start with it.
 */
import { parse, type DefaultTreeAdapterMap } from 'parse5'
import iconv from 'iconv-lite'
import { decodeText } from '../decode-text'
import { IMPORT_MESSAGES, ImportError } from './errors'

type Node = DefaultTreeAdapterMap['node']
type Element = DefaultTreeAdapterMap['element']
type ParentNode = DefaultTreeAdapterMap['parentNode']

/** Never part of the text. */
const SKIP = new Set(['head', 'script', 'style', 'noscript', 'template', 'svg', 'math', 'iframe', 'object', 'embed', 'canvas', 'audio', 'video', 'map', 'button', 'select', 'option', 'textarea', 'input', 'nav'])

/** Elements that start a new line. */
const BLOCK = new Set([
  'html', 'body', 'main', 'article', 'section', 'header', 'footer', 'aside', 'div', 'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'ul', 'ol', 'li', 'dl', 'dt', 'dd', 'table', 'thead', 'tbody', 'tfoot', 'tr', 'caption', 'blockquote', 'pre', 'center',
  'form', 'fieldset', 'legend', 'address', 'figure', 'figcaption', 'hr', 'br', 'details', 'summary',
])

/** Blocks that are themselves one paragraph: their text scores the element around them. */
const PARAGRAPH = new Set(['p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'li', 'dd', 'dt', 'blockquote', 'pre', 'figcaption'])

/** Table cells separate their text with a space; a row is a line. */
const CELL = new Set(['td', 'th'])

/** Containers named like page furniture score a fifth of their text. */
const FURNITURE = /nav|menu|footer|foot|sidebar|side|share|breadcrumb|crumb|copyright|comment|related|recommend|toolbar|banner|header|top|bottom|login|search|link/i

function isElement(node: Node): node is Element {
  return 'tagName' in node
}

function isText(node: Node): node is DefaultTreeAdapterMap['textNode'] {
  return node.nodeName === '#text'
}

function attr(el: Element, name: string): string {
  return el.attrs.find((a) => a.name === name)?.value ?? ''
}

function childrenOf(node: ParentNode): Node[] {
  return node.nodeName === 'template' ? [] : node.childNodes
}

// ── 1. Charset ──────────────────────────────────────────────────────────────────────────────────────────

/** The charset a page declares in its first bytes, as a label iconv-lite knows, or null. */
export function declaredCharset(bytes: Uint8Array): string | null {
  const head = Buffer.from(bytes.buffer, bytes.byteOffset, Math.min(bytes.byteLength, 8192)).toString('latin1')
  const meta = /<meta[^>]+charset\s*=\s*["']?\s*([\w.:-]+)/i.exec(head) ?? /<\?xml[^>]+encoding\s*=\s*["']([\w.:-]+)/i.exec(head)
  return meta?.[1] ? normalizeCharset(meta[1]) : null
}

export function normalizeCharset(label: string): string | null {
  const l = label.trim().toLowerCase()
  if (/^(gb2312|gbk|gb18030|x-gbk|cp936|ms936|windows-936|euc-cn|x-euc-cn|hz-gb-2312|chinese|csgb2312|iso-ir-58)$/.test(l)) return 'gb18030'
  if (l === 'utf8' || l === 'utf-8' || l === 'unicode-1-1-utf-8') return 'utf-8'
  return iconv.encodingExists(l) ? l : null
}

/** Page bytes → text: a byte order mark first, then the declared charset, then the text decoder's guess. */
export function decodeHtml(bytes: Uint8Array, hint: string | null = null): { text: string; encoding: string } {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf
  const utf16Bom = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)
  const charset = bom || utf16Bom ? null : ((hint ? normalizeCharset(hint) : null) ?? declaredCharset(bytes))
  if (charset) {
    const text = iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), charset)
    // A page that lies about its charset (saved again in another one) reads as replacement characters.
    const bad = (text.match(/\ufffd/g) ?? []).length
    if (bad <= Math.max(2, text.length / 1000)) return { text, encoding: charset === 'gb18030' ? 'GB18030' : charset.toUpperCase() }
  }
  return decodeText(bytes)
}

// ── 3. Finding the body ─────────────────────────────────────────────────────────────────────────────────

interface Segment {
  /** The block the text sits in. */
  block: Element
  chars: number
  linkChars: number
}

const visibleLength = (s: string) => s.replace(/[\s\u00a0\u3000]/g, '').length

/** Runs of inline text, each with the block element it belongs to; `<br>` and blocks end a run. */
function segments(root: Element): Segment[] {
  const out: Segment[] = []
  const walk = (node: ParentNode, block: Element, current: { seg: Segment | null }, inLink: boolean) => {
    for (const child of childrenOf(node)) {
      if (isText(child)) {
        const n = visibleLength(child.value)
        if (n === 0) continue
        current.seg ??= { block, chars: 0, linkChars: 0 }
        current.seg.chars += n
        if (inLink) current.seg.linkChars += n
      } else if (isElement(child)) {
        if (SKIP.has(child.tagName)) continue
        if (BLOCK.has(child.tagName) || CELL.has(child.tagName)) {
          if (current.seg) out.push(current.seg)
          current.seg = null
          if (child.tagName !== 'br' && child.tagName !== 'hr') {
            const inner = { seg: null as Segment | null }
            walk(child, child, inner, inLink)
            if (inner.seg) out.push(inner.seg)
          }
        } else {
          walk(child, block, current, inLink || child.tagName === 'a')
        }
      }
    }
  }
  const top = { seg: null as Segment | null }
  walk(root, root, top, false)
  if (top.seg) out.push(top.seg)
  return out
}

function parentElement(el: Element): Element | null {
  const p = el.parentNode
  return p && isElement(p as Node) ? (p as Element) : null
}

function furniture(el: Element): boolean {
  return FURNITURE.test(`${attr(el, 'id')} ${attr(el, 'class')}`) && !/content|article|text|zoom|main|detail|body|editor/i.test(`${attr(el, 'id')} ${attr(el, 'class')}`)
}

/** The elements that hold the article, in document order. */
function articleBody(root: Element): Element[] {
  const scores = new Map<Element, number>()
  const add = (el: Element | null, n: number) => {
    if (el) scores.set(el, (scores.get(el) ?? 0) + n)
  }
  for (const seg of segments(root)) {
    if (seg.chars < 8 || seg.linkChars > seg.chars / 2) continue
    const own = seg.chars - seg.linkChars
    if (PARAGRAPH.has(seg.block.tagName)) {
      const parent = parentElement(seg.block)
      add(parent, own)
      add(parent && parentElement(parent), own / 2)
    } else {
      add(seg.block, own)
      add(parentElement(seg.block), own / 2)
    }
  }
  let best: Element | null = null
  let bestScore = 0
  for (const [el, raw] of scores) {
    const score = furniture(el) ? raw / 5 : raw
    scores.set(el, score)
    if (score > bestScore) {
      best = el
      bestScore = score
    }
  }
  if (!best) return []
  const parent = parentElement(best)
  if (!parent) return [best]
  return parent.childNodes.filter((c): c is Element => isElement(c) && (c === best || (scores.get(c) ?? 0) >= bestScore / 5))
}

// ── 4. Writing it out ───────────────────────────────────────────────────────────────────────────────────

/** The text of some elements, one block a line. */
function textOf(elements: Element[]): string {
  let out = ''
  const newline = () => {
    if (out !== '' && !out.endsWith('\n')) out += '\n'
  }
  const walk = (node: ParentNode, pre: boolean) => {
    for (const child of childrenOf(node)) {
      if (isText(child)) {
        out += pre ? child.value : child.value.replace(/[ \t\n\r\f]+/g, ' ')
      } else if (isElement(child)) {
        if (SKIP.has(child.tagName)) continue
        if (child.tagName === 'br') {
          out += '\n'
          continue
        }
        const block = BLOCK.has(child.tagName)
        if (block) newline()
        else if (CELL.has(child.tagName)) out += ' '
        walk(child, pre || child.tagName === 'pre')
        if (block) newline()
      }
    }
  }
  for (const el of elements) {
    newline()
    walk(el, el.tagName === 'pre')
  }
  return out
}

/** Page furniture that sits inside many article bodies. Short lines only: a paragraph that mentions 来源 stays. */
const BOILERPLATE = [
  /^(?:信息|文章|稿件|新闻)?来源[:：]/,
  /^(?:责任)?编辑[:：]/,
  /^(?:作者|撰稿|审核|校对|责编|记者|通讯员|供稿|摄影)[:：]/,
  /^(?:发布|发稿|更新|成文)?(?:时间|日期)[:：]/,
  /^(?:浏览|点击|阅读|访问)(?:次数|量|数)?[:：]/,
  /^【?(?:字体|字号)[:：]/,
  /^分享到[:：]?/,
  /扫一扫|在手机打开|打印本页|关闭窗口|【打印】|【关闭】|返回顶部|收藏本页/,
  /^(?:上一篇|下一篇)[:：]/,
  /^(?:附件|相关链接|相关阅读|相关新闻)[:：]?$/,
]

/** An information bar names two or more of these: “发布时间：… 来源：… 浏览次数：…”. */
const INFO_KEYS = /(?:来源|发布时间|发布日期|更新时间|浏览次数|点击数|阅读次数|作者|责任编辑|编辑|字体|字号)[:：]/g

function isBoilerplate(line: string): boolean {
  if (line.length > 80) return false
  return BOILERPLATE.some((re) => re.test(line)) || (line.match(INFO_KEYS) ?? []).length >= 2
}

function tidyLines(text: string): string[] {
  return text
    .split('\n')
    .map((l) => l.replace(/[\u00a0\u3000\t ]+/g, ' ').trim())
    .filter((l) => l !== '' && !isBoilerplate(l))
}

// ── The title ───────────────────────────────────────────────────────────────────────────────────────────

function documentTitle(root: Element): string {
  let title = ''
  const find = (node: ParentNode) => {
    for (const child of node.childNodes) {
      if (title) return
      if (isElement(child)) {
        if (child.tagName === 'title') title = child.childNodes.filter(isText).map((t) => t.value).join('')
        else find(child)
      }
    }
  }
  find(root)
  return title.replace(/\s+/g, ' ').trim()
}

/** Heading-like elements before the body, nearest last. */
function headingsBefore(root: Element, body: Element): string[] {
  const found: string[] = []
  let done = false
  const walk = (node: ParentNode) => {
    for (const child of childrenOf(node)) {
      if (done) return
      if (!isElement(child)) continue
      if (child === body) {
        done = true
        return
      }
      if (SKIP.has(child.tagName)) continue
      const named = /title|biaoti|bt\b|tit/i.test(`${attr(child, 'id')} ${attr(child, 'class')}`)
      if (/^h[1-3]$/.test(child.tagName) || named) {
        const text = tidyLines(textOf([child])).join('')
        if (text.length >= 4 && text.length <= 80) found.push(text)
      }
      walk(child)
    }
  }
  walk(root)
  return found
}

/** The article's title: the nearest heading before the body that the page title confirms, or the page title's part that names a report. */
function articleTitle(root: Element, body: Element): string | null {
  const pageTitle = documentTitle(root)
  const headings = headingsBefore(root, body).reverse()
  const confirmed = headings.find((h) => pageTitle.includes(h) || /报告/.test(h))
  if (confirmed) return confirmed
  const parts = pageTitle.split(/\s*[_|｜]\s*|\s+[-—–]\s+/).filter((p) => /报告/.test(p))
  return parts[0] ?? null
}

const compact = (s: string) => s.replace(/[\s\u3000]/g, '')

const MIN_ARTICLE_CHARS = 50

/** Text of an HTML document (string already decoded). Throws ImportError when it holds no article. */
export function htmlToText(html: string): string {
  const document = parse(html)
  const root = document.childNodes.find(isElement)
  if (!root) throw new ImportError('empty', IMPORT_MESSAGES.noArticle)
  const body = articleBody(root)
  const lines = tidyLines(textOf(body))
  // A few words are a page with its report elsewhere (behind a link, in a picture), not a report.
  if (visibleLength(lines.join('')) < MIN_ARTICLE_CHARS) throw new ImportError('empty', IMPORT_MESSAGES.noArticle)
  const title = body[0] ? articleTitle(root, body[0]) : null
  if (title && !lines.slice(0, 3).some((l) => compact(l).includes(compact(title)))) lines.unshift(title)
  return lines.join('\n')
}

export function htmlFileText(bytes: Uint8Array, charsetHint: string | null = null): { text: string; encoding: string } {
  const decoded = decodeHtml(bytes, charsetHint)
  return { text: htmlToText(decoded.text), encoding: decoded.encoding }
}
