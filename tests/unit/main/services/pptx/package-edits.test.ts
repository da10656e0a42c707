import { describe, expect, it } from 'vitest'
import { appProperties, bulletStyle, chartEastAsianFonts, chartLabels, levelCategoryLabels, notesParagraphs, oneParagraphProperties, seriesOrder, themeFonts, titlePlaceholders } from '../../../../../src-main/services/pptx/package-edits'
import { labelFormat } from '../../../../../src-main/services/pptx/charts'

describe('the edits that finish what pptxgenjs writes', () => {
  it('keeps only the first paragraph properties of a paragraph', () => {
    const p = '<a:p><a:pPr algn="ctr"><a:buNone/></a:pPr><a:r><a:t>超</a:t></a:r><a:pPr algn="ctr"><a:buNone/></a:pPr><a:r><a:t>50</a:t></a:r><a:br/><a:pPr indent="0"/><a:r><a:t>%</a:t></a:r></a:p>'
    expect(oneParagraphProperties(p)).toBe('<a:p><a:pPr algn="ctr"><a:buNone/></a:pPr><a:r><a:t>超</a:t></a:r><a:r><a:t>50</a:t></a:r><a:br/><a:r><a:t>%</a:t></a:r></a:p>')
  })

  it('makes the text boxes named as titles the slide’s title placeholder', () => {
    const box = (name: string) => `<p:cNvPr id="3" name="${name}"></p:cNvPr><p:cNvSpPr/><p:nvPr></p:nvPr>`
    expect(titlePlaceholders(box('标题'))).toContain('<p:nvPr><p:ph type="title"/></p:nvPr>')
    expect(titlePlaceholders(box('居中标题'))).toContain('<p:ph type="ctrTitle"/>')
    expect(titlePlaceholders(box('要点'))).toBe(box('要点'))
  })

  it('colours ◆ bullets and sizes them as the screen’s diamond', () => {
    expect(bulletStyle('<a:buSzPct val="100000"/><a:buChar char="&#x25C6;"/>', 'A31D24')).toBe('<a:buClr><a:srgbClr val="A31D24"/></a:buClr><a:buSzPct val="60000"/><a:buChar char="&#x25C6;"/>')
  })

  it('names the East Asian face beside the Latin one in charts, once', () => {
    expect(chartEastAsianFonts('<a:latin typeface="微软雅黑"/>')).toBe('<a:latin typeface="微软雅黑"/><a:ea typeface="微软雅黑"/>')
    expect(chartEastAsianFonts('<a:latin typeface="X"/><a:ea typeface="X"/>')).toBe('<a:latin typeface="X"/><a:ea typeface="X"/>')
    expect(levelCategoryLabels('<c:catAx><c:txPr><a:bodyPr/></c:txPr></c:catAx><c:valAx><c:txPr><a:bodyPr/></c:txPr></c:valAx>')).toBe('<c:catAx><c:txPr><a:bodyPr rot="0" vert="horz"/></c:txPr></c:catAx><c:valAx><c:txPr><a:bodyPr/></c:txPr></c:valAx>')
  })

  it('labels each point with its own format, deletes a label given none, and adds labels to a series without them', () => {
    const withLabels = '<c:ser><c:idx val="0"/><c:dLbls><c:numFmt formatCode="General" sourceLinked="0"/><c:txPr>T</c:txPr><c:showLegendKey val="0"/><c:showVal val="1"/><c:showLeaderLines val="0"/></c:dLbls><c:cat/></c:ser>'
    const out = chartLabels(withLabels, [['"超"General"%"', null]], '<c:txPr>X</c:txPr>')
    expect(out).toContain('<c:dLbls><c:dLbl><c:idx val="0"/><c:numFmt formatCode="&quot;超&quot;General&quot;%&quot;" sourceLinked="0"/>')
    expect(out).toContain('<c:dLbl><c:idx val="1"/><c:delete val="1"/></c:dLbl><c:numFmt formatCode="General"')
    expect(out).toContain('<c:txPr>T</c:txPr><c:showLegendKey val="0"/><c:showVal val="1"/>')
    const bare = chartLabels('<c:ser><c:idx val="0"/><c:marker/><c:cat/></c:ser>', [['General"%"']], '<c:txPr>X</c:txPr>')
    expect(bare).toMatch(/<c:marker\/><c:dLbls><c:dLbl><c:idx val="0"\/>.*<\/c:dLbls><c:cat\/>/)
  })

  it('puts a series’ marker and coloured points before its labels, as the schema orders them', () => {
    const ser = '<c:ser><c:spPr/><c:dLbls>L</c:dLbls><c:marker>M</c:marker><c:dPt>1</c:dPt><c:dPt>2</c:dPt><c:cat/></c:ser>'
    expect(seriesOrder(ser)).toBe('<c:ser><c:spPr/><c:marker>M</c:marker><c:dPt>1</c:dPt><c:dPt>2</c:dPt><c:dLbls>L</c:dLbls><c:cat/></c:ser>')
  })

  it('writes a value as the slide writes it: qualifier and unit as literal text around the number', () => {
    expect(labelFormat(50, '%', '超')).toBe('"超"General"%"')
    expect(labelFormat(5.5, '%', '以上')).toBe('General"%以上"')
    expect(labelFormat(3, '万人', '约')).toBe('"约"General"万人"')
    expect(labelFormat(100, '家', '多')).toBe('General"多家"')
    expect(labelFormat(-11.6, '%', null)).toBe('General"%"')
  })

  it('sets the theme’s fonts, splits notes into paragraphs, and lists slide titles and fonts in the properties', () => {
    expect(themeFonts('<a:majorFont><a:latin typeface="Calibri Light" panose="020F0302020204030204"/><a:ea typeface=""/>', '微软雅黑')).toBe('<a:majorFont><a:latin typeface="微软雅黑"/><a:ea typeface="微软雅黑"/>')
    const notes = notesParagraphs('<a:p><a:r><a:rPr lang="en-US" dirty="0"/><a:t>第一段\n\n第二段</a:t></a:r><a:endParaRPr lang="en-US" dirty="0"/></a:p>')
    expect(notes).toBe('<a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>第一段</a:t></a:r></a:p><a:p><a:endParaRPr lang="zh-CN" dirty="0"/></a:p><a:p><a:r><a:rPr lang="zh-CN" altLang="en-US" dirty="0"/><a:t>第二段</a:t></a:r></a:p>')
    const app = appProperties('<HiddenSlides>0</HiddenSlides><HeadingPairs>x</HeadingPairs><TitlesOfParts>y</TitlesOfParts>', { font: '微软雅黑', titles: ['封面', 'A&B'], hidden: 1 })
    expect(app).toContain('<HiddenSlides>1</HiddenSlides>')
    expect(app).toContain('<vt:lpstr>幻灯片标题</vt:lpstr></vt:variant><vt:variant><vt:i4>2</vt:i4>')
    expect(app).toContain('<vt:vector size="4" baseType="lpstr"><vt:lpstr>微软雅黑</vt:lpstr><vt:lpstr>Office Theme</vt:lpstr><vt:lpstr>封面</vt:lpstr><vt:lpstr>A&amp;B</vt:lpstr></vt:vector>')
  })
})
