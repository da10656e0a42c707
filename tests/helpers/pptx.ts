/**
 * Reading a .pptx in tests: it is a zip of XML parts. Every part is parsed (a malformed one fails the test),
 * and the questions the tests ask have small answers: the slides in order, their texts, their charts, notes.
 */
import { DOMParser } from '@xmldom/xmldom'
import JSZip from 'jszip'

export interface PptxPackage {
  zip: JSZip
  /** Every part's name. */
  parts: string[]
  /** A part's XML (throws when absent). */
  xml(path: string): string
  /** A part parsed; throws on malformed XML. */
  doc(path: string): Document
  /** `ppt/slides/slideN.xml` in presentation order. */
  slides: string[]
}

function parse(xml: string, path: string): Document {
  const errors: string[] = []
  // xmldom only warns of a tag left open or closed by another name: for a generated part, a warning is an error.
  const record = (message: string) => void errors.push(message)
  const doc = new DOMParser({ errorHandler: { warning: record, error: record, fatalError: record } }).parseFromString(xml, 'application/xml') as unknown as Document
  if (errors.length > 0) throw new Error(`${path} is not well-formed XML: ${errors[0]}`)
  return doc
}

export async function openPptx(bytes: Uint8Array): Promise<PptxPackage> {
  const zip = await JSZip.loadAsync(bytes)
  const parts = Object.keys(zip.files).filter((p) => !zip.files[p]!.dir)
  const texts = new Map<string, string>()
  for (const p of parts) if (/\.(xml|rels)$/.test(p)) texts.set(p, await zip.file(p)!.async('string'))
  const docs = new Map<string, Document>()
  for (const [p, xml] of texts) docs.set(p, parse(xml, p))
  const presentation = texts.get('ppt/presentation.xml') ?? ''
  const rels = texts.get('ppt/_rels/presentation.xml.rels') ?? ''
  const targets = new Map([...rels.matchAll(/Id="(rId\d+)"[^>]*Target="([^"]+)"/g)].map((m) => [m[1]!, m[2]!]))
  const slides = [...presentation.matchAll(/<p:sldId [^>]*r:id="(rId\d+)"/g)].map((m) => `ppt/${targets.get(m[1]!)!.replace(/^\/?ppt\//, '')}`)
  return {
    zip,
    parts,
    slides,
    xml: (path) => {
      const xml = texts.get(path)
      if (xml === undefined) throw new Error(`no part ${path}`)
      return xml
    },
    doc: (path) => {
      const doc = docs.get(path)
      if (!doc) throw new Error(`no part ${path}`)
      return doc
    },
  }
}

const byTag = (node: Document | Element, tag: string): Element[] => Array.from(node.getElementsByTagName(tag) as unknown as ArrayLike<Element>)

/** The paragraphs of a part's text, each its runs joined (line breaks inside a paragraph as “\n”). */
export function paragraphs(node: Document | Element): string[] {
  const text = (p: Element) =>
    Array.from(p.childNodes as unknown as ArrayLike<Element>)
      .map((n) => (n.nodeName === 'a:r' || n.nodeName === 'a:fld' ? byTag(n, 'a:t').map((t) => t.textContent ?? '').join('') : n.nodeName === 'a:br' ? '\n' : ''))
      .join('')
  return node.nodeName === 'a:p' ? [text(node as Element)] : byTag(node, 'a:p').map(text)
}

/** All of a slide's text, without spaces or breaks. */
export const flatText = (doc: Document | Element) => paragraphs(doc).join('').replace(/\s+/g, '')

/** The text of the slide's title placeholder, and its type (title or ctrTitle). */
export function titleOf(slide: Document): { type: string; text: string } | null {
  for (const sp of byTag(slide, 'p:sp')) {
    const ph = byTag(sp, 'p:ph')[0]
    const type = ph?.getAttribute('type')
    if (type === 'title' || type === 'ctrTitle') return { type, text: paragraphs(sp).join('') }
  }
  return null
}

/** The chart parts a slide links to (its relationships), in order. */
export function slideCharts(pkg: PptxPackage, slide: string): string[] {
  const rels = pkg.xml(slide.replace('slides/', 'slides/_rels/') + '.rels')
  return [...rels.matchAll(/Target="([^"]*charts\/chart\d+\.xml)"/g)].map((m) => `ppt/charts/${m[1]!.split('/').pop()}`)
}

/** A chart part's kind (barChart, lineChart, …) and its series: name, values, per-point label formats. */
export function chartOf(doc: Document): { kind: string; direction: string | null; series: { name: string; values: (number | null)[]; formats: (string | null)[] }[] } {
  const plot = byTag(doc, 'c:plotArea')[0]!
  const chart = Array.from(plot.childNodes as unknown as ArrayLike<Element>).find((n) => /^c:\w+Chart$/.test(n.nodeName))!
  const series = byTag(chart, 'c:ser').map((ser) => {
    const name = byTag(byTag(ser, 'c:tx')[0]!, 'c:v')[0]?.textContent ?? ''
    const val = byTag(ser, 'c:val')[0]!
    const count = Number(byTag(val, 'c:ptCount')[0]!.getAttribute('val'))
    const values: (number | null)[] = Array.from({ length: count }, () => null)
    for (const pt of byTag(val, 'c:pt')) {
      const v = byTag(pt, 'c:v')[0]?.textContent ?? ''
      values[Number(pt.getAttribute('idx'))] = v === '' ? null : Number(v)
    }
    const formats: (string | null)[] = Array.from({ length: count }, () => null)
    for (const d of byTag(ser, 'c:dLbl')) {
      const idx = Number(byTag(d, 'c:idx')[0]!.getAttribute('val'))
      formats[idx] = byTag(d, 'c:numFmt')[0]?.getAttribute('formatCode') ?? null
    }
    return { name, values, formats }
  })
  return { kind: chart.nodeName.slice(2), direction: byTag(chart, 'c:barDir')[0]?.getAttribute('val') ?? null, series }
}

/** The notes slide of a slide, as paragraphs (without the notes page's slide number). */
export function notesOf(pkg: PptxPackage, slide: string): string[] {
  const rels = pkg.xml(slide.replace('slides/', 'slides/_rels/') + '.rels')
  const target = /Target="[^"]*notesSlides\/(notesSlide\d+\.xml)"/.exec(rels)?.[1]
  if (!target) return []
  const doc = pkg.doc(`ppt/notesSlides/${target}`)
  const body = byTag(doc, 'p:sp').find((sp) => byTag(sp, 'p:ph')[0]?.getAttribute('type') === 'body')
  return body ? paragraphs(body) : []
}

export { byTag }
