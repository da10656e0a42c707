/**
 * What pptxgenjs writes, finished: a few edits to the package's XML that the library has no option for,
 * each small, named and tested, applied once to the zip it made before the file is compressed.
 *
 * - one paragraph-properties element per paragraph (pptxgenjs repeats `<a:pPr>` before every run, which
 *   the schema forbids and strict readers repair);
 * - the slide's title text box becomes its title placeholder, so the outline view, the 大纲 pane of WPS,
 *   the navigation and screen readers find the slide titles;
 * - bullets in the accent colour at the size of the screen's diamond marker;
 * - charts: each value labelled as the slide writes it (qualifier and unit, point by point), the East
 *   Asian font named beside the Latin one (so Chinese labels are not left to a fallback face), category
 *   names level, and each series' parts in the schema's order;
 * - the theme's fonts, so text a person adds in WPS or PowerPoint is in the deck's face;
 * - speaker notes in paragraphs (pptxgenjs writes them as one run with raw line breaks);
 * - the document properties list the fonts, the slide titles and the hidden slides.
 */
import type JSZip from 'jszip'
import type { LabelFormat } from './charts'
import { CENTER_TITLE_OBJECT, TITLE_OBJECT, BULLET_CODE } from './draw-slide'

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;')

/** Keeps the first `<a:pPr>` of each paragraph and drops the ones pptxgenjs repeats before later runs. */
export function oneParagraphProperties(xml: string): string {
  return xml.replace(/<a:p>([\s\S]*?)<\/a:p>/g, (_p, body: string) => {
    let seen = false
    const fixed = body.replace(/<a:pPr\b[^>]*?(?:\/>|>[\s\S]*?<\/a:pPr>)/g, (pPr) => {
      if (seen) return ''
      seen = true
      return pPr
    })
    return `<a:p>${fixed}</a:p>`
  })
}

/** The text boxes named as the slide's title become its title placeholder (the cover's: a centred title). */
export function titlePlaceholders(xml: string): string {
  const as = (name: string, type: string) =>
    xml.includes(`name="${name}">`)
      ? (s: string) => s.replace(new RegExp(`(name="${name}">(?:</p:cNvPr>)?)<p:cNvSpPr/><p:nvPr></p:nvPr>`), `$1<p:cNvSpPr><a:spLocks noGrp="1"/></p:cNvSpPr><p:nvPr><p:ph type="${type}"/></p:nvPr>`)
      : (s: string) => s
  return as(CENTER_TITLE_OBJECT, 'ctrTitle')(as(TITLE_OBJECT, 'title')(xml))
}

/** ◆ bullets in `color` (six hex digits), 60 % of the text's size: the screen's diamond. */
export function bulletStyle(xml: string, color: string): string {
  return xml.replaceAll(`<a:buSzPct val="100000"/><a:buChar char="&#x${BULLET_CODE};"/>`, `<a:buClr><a:srgbClr val="${color}"/></a:buClr><a:buSzPct val="60000"/><a:buChar char="&#x${BULLET_CODE};"/>`)
}

/** The East Asian face beside each Latin one a chart names (pptxgenjs names only the Latin). */
export function chartEastAsianFonts(xml: string): string {
  return xml.replace(/<a:latin typeface="([^"]*)"\s*\/>(?!\s*<a:ea\b)/g, (_m, face: string) => `<a:latin typeface="${face}"/><a:ea typeface="${face}"/>`)
}

/** Category names stay level, as on screen (wrapped by the program), rather than turned on their side. */
export function levelCategoryLabels(xml: string): string {
  return xml.replace(/(<c:catAx>[\s\S]*?<c:txPr>\s*)<a:bodyPr\/>/, '$1<a:bodyPr rot="0" vert="horz"/>')
}

/** A data label element for one point: its number format, or deleted. */
function pointLabel(idx: number, format: LabelFormat, shared: string): string {
  if (format === null) return `<c:dLbl><c:idx val="${idx}"/><c:delete val="1"/></c:dLbl>`
  return `<c:dLbl><c:idx val="${idx}"/><c:numFmt formatCode="${escapeXml(format)}" sourceLinked="0"/>${shared}</c:dLbl>`
}

/** What a series' data labels say besides their number format: text properties, position, what they show. */
function sharedLabelParts(dLbls: string): string {
  const txPr = /<c:txPr>[\s\S]*?<\/c:txPr>/.exec(dLbls)?.[0] ?? ''
  const pos = /<c:dLblPos val="[^"]*"\/>/.exec(dLbls)?.[0] ?? ''
  const show = (name: string, fallback: string) => (new RegExp(`<c:${name} val="[01]"/>`).exec(dLbls)?.[0] ?? `<c:${name} val="${fallback}"/>`)
  return `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${txPr}${pos}${show('showLegendKey', '0')}${show('showVal', '1')}${show('showCatName', '0')}${show('showSerName', '0')}${show('showPercent', '0')}${show('showBubbleSize', '0')}`
}

/** A series' labels written point by point (a series without labels, as pptxgenjs leaves a radar's, gets them). */
function labelSeries(ser: string, formats: readonly LabelFormat[], fallbackTxPr: string): string {
  const open = ser.indexOf('<c:dLbls>')
  if (open >= 0) {
    const close = ser.indexOf('</c:dLbls>', open)
    const dLbls = ser.slice(open, close)
    const shared = sharedLabelParts(dLbls)
    // pptxgenjs's own per-point labels (pies) give way to ours.
    const groupStart = dLbls.replace(/<c:dLbl>[\s\S]*?<\/c:dLbl>/g, '').replace('<c:dLbls>', '')
    const points = formats.map((f, i) => pointLabel(i, f, shared)).join('')
    return `${ser.slice(0, open)}<c:dLbls>${points}${groupStart}${ser.slice(close)}`
  }
  const shared = `<c:spPr><a:noFill/><a:ln><a:noFill/></a:ln></c:spPr>${fallbackTxPr}<c:showLegendKey val="0"/><c:showVal val="1"/><c:showCatName val="0"/><c:showSerName val="0"/><c:showPercent val="0"/><c:showBubbleSize val="0"/>`
  const group = `<c:dLbls>${formats.map((f, i) => pointLabel(i, f, shared)).join('')}${shared}</c:dLbls>`
  // In a series, data labels come after the marker and the data points, before the categories.
  const at = ser.search(/<c:cat[\s/>]/)
  if (at < 0) throw new Error('图表数据系列缺少分类（c:cat）。')
  return `${ser.slice(0, at)}${group}${ser.slice(at)}`
}

/**
 * A series' parts in the schema's order: pptxgenjs writes the data labels before a line's marker and a
 * bar's coloured points, which PowerPoint reads but validators and other readers need in order.
 */
export function seriesOrder(ser: string): string {
  const labels = ser.indexOf('<c:dLbls>')
  if (labels < 0) return ser
  const moved: string[] = []
  const rest = ser.replace(/<c:marker>[\s\S]*?<\/c:marker>|<c:dPt>[\s\S]*?<\/c:dPt>/g, (part, at: number) => {
    if (at < labels) return part
    moved.push(part)
    return ''
  })
  if (moved.length === 0) return ser
  moved.sort((a, b) => Number(b.startsWith('<c:marker>')) - Number(a.startsWith('<c:marker>')))
  const at = rest.indexOf('<c:dLbls>')
  return `${rest.slice(0, at)}${moved.join('')}${rest.slice(at)}`
}

/** Each series' data labels as `labels` says, point by point. */
export function chartLabels(xml: string, labels: readonly (readonly LabelFormat[])[], txPr: string): string {
  let k = 0
  return xml.replace(/<c:ser>[\s\S]*?<\/c:ser>/g, (ser) => {
    const formats = labels[k++]
    return seriesOrder(formats ? labelSeries(ser, formats, txPr) : ser)
  })
}

/** Text properties for labels a chart part lacks: the first `<c:txPr>` of its axes or legend. */
function anyTextProperties(xml: string): string {
  return /<c:txPr>[\s\S]*?<\/c:txPr>/.exec(xml)?.[0] ?? ''
}

/** The theme's heading and body fonts (Latin and East Asian) set to `font`. */
export function themeFonts(xml: string, font: string): string {
  const face = escapeXml(font)
  return xml.replace(/<a:(majorFont|minorFont)><a:latin typeface="[^"]*"(?: panose="[^"]*")?\/><a:ea typeface="[^"]*"\/>/g, (_m, which: string) => `<a:${which}><a:latin typeface="${face}"/><a:ea typeface="${face}"/>`)
}

/** The notes' one run with raw line breaks, as paragraphs; Chinese as their language. */
export function notesParagraphs(xml: string): string {
  return xml.replace(/<a:p><a:r><a:rPr lang="en-US" dirty="0"\/><a:t>([\s\S]*?)<\/a:t><\/a:r><a:endParaRPr lang="en-US" dirty="0"\/><\/a:p>/, (_m, text: string) =>
    text
      .split(/\r?\n/)
      .map((line) => (line === '' ? '<a:p><a:endParaRPr lang="zh-CN" dirty="0"/></a:p>' : `<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>${line}</a:t></a:r></a:p>`))
      .join(''),
  )
}

/** The document's statistics and contents: fonts used, the theme, the slide titles in order, hidden slides. */
export function appProperties(xml: string, o: { font: string; titles: readonly string[]; hidden: number }): string {
  const lpstr = (s: string) => `<vt:lpstr>${escapeXml(s)}</vt:lpstr>`
  const pair = (name: string, n: number) => `<vt:variant><vt:lpstr>${name}</vt:lpstr></vt:variant><vt:variant><vt:i4>${n}</vt:i4></vt:variant>`
  const parts = [o.font, 'Office Theme', ...o.titles]
  return xml
    .replace(/<HiddenSlides>\d+<\/HiddenSlides>/, `<HiddenSlides>${o.hidden}</HiddenSlides>`)
    .replace(/<HeadingPairs>[\s\S]*?<\/HeadingPairs>/, `<HeadingPairs><vt:vector size="6" baseType="variant">${pair('已用的字体', 1)}${pair('主题', 1)}${pair('幻灯片标题', o.titles.length)}</vt:vector></HeadingPairs>`)
    .replace(/<TitlesOfParts>[\s\S]*?<\/TitlesOfParts>/, `<TitlesOfParts><vt:vector size="${parts.length}" baseType="lpstr">${parts.map(lpstr).join('')}</vt:vector></TitlesOfParts>`)
}

export interface PackageFacts {
  /** The deck's Office font. */
  font: string
  /** The accent colour (six hex digits): bullets. */
  accent: string
  /** Per slide (in order): its charts' labels (series by series, point by point), in the order the slide added them. */
  chartLabels: readonly (readonly (readonly (readonly LabelFormat[])[])[])[]
  /** Per slide: the title shown in the document's contents. */
  titles: readonly string[]
  hidden: number
}

async function edit(zip: JSZip, path: string, change: (xml: string) => string): Promise<void> {
  const file = zip.file(path)
  if (!file) throw new Error(`演示文稿缺少部件：${path}`)
  zip.file(path, change(await file.async('string')))
}

/** The charts a slide's relationships name, in the order they were added. */
async function slideCharts(zip: JSZip, slideNo: number): Promise<string[]> {
  const rels = await zip.file(`ppt/slides/_rels/slide${slideNo}.xml.rels`)?.async('string')
  if (!rels) return []
  const found = [...rels.matchAll(/<Relationship Id="rId(\d+)"[^>]*Target="(?:\/ppt|\.\.)\/charts\/(chart\d+\.xml)"/g)]
  return found.sort((a, b) => Number(a[1]) - Number(b[1])).map((m) => `ppt/charts/${m[2]}`)
}

export async function finishPackage(zip: JSZip, facts: PackageFacts): Promise<void> {
  for (let i = 0; i < facts.titles.length; i++) {
    const n = i + 1
    await edit(zip, `ppt/slides/slide${n}.xml`, (xml) => bulletStyle(titlePlaceholders(oneParagraphProperties(xml)), facts.accent))
    const notes = `ppt/notesSlides/notesSlide${n}.xml`
    if (zip.file(notes)) await edit(zip, notes, notesParagraphs)
    const charts = await slideCharts(zip, n)
    const labels = facts.chartLabels[i] ?? []
    if (charts.length !== labels.length) throw new Error(`第 ${n} 张幻灯片应有 ${labels.length} 个图表，找到 ${charts.length} 个。`)
    for (let c = 0; c < charts.length; c++) {
      await edit(zip, charts[c]!, (xml) => levelCategoryLabels(chartEastAsianFonts(chartLabels(xml, labels[c] ?? [], anyTextProperties(xml)))))
    }
  }
  await edit(zip, 'ppt/theme/theme1.xml', (xml) => themeFonts(xml, facts.font))
  await edit(zip, 'docProps/app.xml', (xml) => appProperties(xml, facts))
}
