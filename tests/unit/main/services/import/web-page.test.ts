import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import { declaredCharset, decodeHtml, htmlToText } from '../../../../../src-main/services/import/html'
import { mhtmlText } from '../../../../../src-main/services/import/mhtml'
import { chooseFormat, sniff } from '../../../../../src-main/services/import/formats'
import { ImportError } from '../../../../../src-main/services/import'

const body = ['一、2023年工作回顾', '全市地区生产总值增长3.3%，城镇居民人均可支配收入增长3.9%。', '二、2024年工作安排', '粮食产量稳定在300万吨以上。']

function page(article: string, title = '2024年政府工作报告'): string {
  return `<!doctype html><html><head><meta charset="gbk"><title>${title}_某市人民政府门户网站</title><style>p{color:red}</style><script>var x = "一、假的标题"</script></head><body>
<div class="nav"><a href="/">首页</a><a href="/a">政务公开</a><a href="/b">政务服务</a><a href="/c">互动交流</a></div>
<div class="side"><h3>热点新闻</h3><ul>${Array.from({ length: 6 }, (_, i) => `<li><a href="/n${i}">市政府召开第${i + 1}次常务会议研究部署重点工作</a></li>`).join('')}</ul></div>
<div class="content"><h1>${title}</h1><div class="info">来源：某市人民政府办公室　发布时间：2024-03-05　浏览次数：100</div>
<div class="share">分享到：<a>微信</a><a>微博</a></div>
${article}
<p>责任编辑：张三</p><p>【打印本页】【关闭窗口】</p></div>
<div class="footer">版权所有：某市人民政府　ICP备12345678号　主办：某市人民政府办公室</div></body></html>`
}

describe('saved web pages', () => {
  it('finds the article among navigation, sidebar, share buttons and footer, and puts its title first', () => {
    const text = htmlToText(page(`<div class="TRS_Editor">${body.map((l) => `<p style="text-indent:2em">${l}</p>`).join('')}</div>`))
    expect(text.split('\n')).toEqual(['2024年政府工作报告', ...body])
  })

  it('reads paragraphs separated by <br> and &nbsp; indents, in a table cell', () => {
    const cell = `<table><tr><td id="zoom">${body.map((l) => `&nbsp;&nbsp;&nbsp;&nbsp;${l}`).join('<br><br>')}</td></tr></table>`
    expect(htmlToText(page(cell)).split('\n')).toEqual(['2024年政府工作报告', ...body])
  })

  it('does not repeat a title the body already starts with, and keeps paragraphs that mention 来源', () => {
    const article = `<div id="zoom"><p align="center"><b>2024年政府工作报告</b></p>${body.map((l) => `<p>${l}</p>`).join('')}<p>资金来源：市级财政安排专项资金10亿元，用于支持重点项目建设和民生保障工程。</p></div>`
    const lines = htmlToText(page(article)).split('\n')
    expect(lines.filter((l) => l === '2024年政府工作报告')).toHaveLength(1)
    expect(lines.at(-1)).toMatch(/^资金来源/)
  })

  it('refuses a page with no article text', () => {
    expect(() => htmlToText('<html><body><script>document.write("x")</script></body></html>')).toThrow(ImportError)
    expect(() => htmlToText(page('<div id="zoom"><p>全文见附件。</p><p><img src="report.jpg"></p></div>'))).toThrow(/没有找到正文/)
  })

  it('decodes by the declared charset, and falls back when the declaration is wrong', () => {
    const html = page(`<div>${body.map((l) => `<p>${l}</p>`).join('')}</div>`)
    const gbk = iconv.encode(html, 'gbk')
    expect(declaredCharset(gbk)).toBe('gb18030')
    expect(declaredCharset(Buffer.from('<meta http-equiv="Content-Type" content="text/html; charset=GB2312">'))).toBe('gb18030')
    expect(decodeHtml(gbk)).toEqual({ text: html, encoding: 'GB18030' })
    // Declared GBK, saved again as UTF-8: the declaration is wrong and the bytes win.
    const resaved = decodeHtml(Buffer.from(html, 'utf8'))
    expect(resaved.text).toBe(html)
    expect(resaved.encoding).toBe('UTF-8')
  })
})

describe('.mhtml', () => {
  const html = page(`<div>${body.map((l) => `<p>${l}</p>`).join('')}</div>`)
  const mime = (part: string) =>
    `From: <Saved by Blink>\r\nSnapshot-Content-Location: http://www.example.gov.cn/a.html\r\nSubject: report\r\nMIME-Version: 1.0\r\nContent-Type: multipart/related;\r\n\ttype="text/html";\r\n\tboundary="----MultipartBoundary--abc"\r\n\r\n------MultipartBoundary--abc\r\n${part}\r\n------MultipartBoundary--abc\r\nContent-Type: image/png\r\nContent-Transfer-Encoding: base64\r\n\r\niVBORw0KGgo=\r\n------MultipartBoundary--abc--\r\n`

  it('reads the page part, quoted-printable, with the charset its header names', () => {
    const bytes = iconv.encode(html, 'gbk')
    let qp = ''
    for (const b of bytes) qp += b >= 33 && b <= 126 && b !== 61 ? String.fromCharCode(b) : `=${b.toString(16).toUpperCase().padStart(2, '0')}`
    const folded = qp.replace(/.{70}/g, '$&=\r\n')
    const text = mhtmlText(Buffer.from(mime(`Content-Type: text/html; charset=gbk\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n${folded}`), 'latin1'))
    expect(text.text.split('\n')).toEqual(['2024年政府工作报告', ...body])
  })

  it('reads a base64 page part', () => {
    const part = `Content-Type: text/html\r\nContent-Transfer-Encoding: base64\r\n\r\n${Buffer.from(html.replace('charset="gbk"', 'charset="utf-8"')).toString('base64').replace(/.{76}/g, '$&\r\n')}`
    expect(mhtmlText(Buffer.from(mime(part), 'latin1')).text.split('\n')).toEqual(['2024年政府工作报告', ...body])
  })

  it('calls a file without a page part damaged', () => {
    expect(() => mhtmlText(Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x\r\n\r\n--x\r\nContent-Type: image/png\r\n\r\nabc\r\n--x--'))).toThrow(ImportError)
  })
})

describe('choosing the reader', () => {
  const pdf = Buffer.from('%PDF-1.7\n')
  const zip = Buffer.from('PK\u0003\u0004rest')
  const ole = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0])
  it('sniffs what the first bytes say', () => {
    expect(sniff(pdf)).toBe('pdf')
    expect(sniff(zip)).toBe('zip')
    expect(sniff(ole)).toBe('ole')
    expect(sniff(Buffer.from('{\\rtf1\\ansi'))).toBe('rtf')
    expect(sniff(Buffer.from('\ufeff<!DOCTYPE html><html>'))).toBe('html')
    expect(sniff(Buffer.from('MIME-Version: 1.0\r\nContent-Type: multipart/related; boundary=x'))).toBe('mhtml')
    expect(sniff(Buffer.from('一、工作回顾'))).toBeNull()
  })
  it('believes the bytes over the name where sites and old Word lie', () => {
    expect(chooseFormat('报告.doc', zip)).toBe('docx')
    expect(chooseFormat('报告.doc', Buffer.from('<html><body>报告</body></html>'))).toBe('html')
    expect(chooseFormat('报告.doc', Buffer.from('MIME-Version: 1.0\nContent-Type: multipart/related; boundary=x'))).toBe('mhtml')
    expect(chooseFormat('报告.docx', ole)).toBe('doc')
    expect(chooseFormat('报告.htm', pdf)).toBe('pdf')
    expect(chooseFormat('报告.txt', pdf)).toBe('pdf')
    expect(chooseFormat('报告.txt', Buffer.from('<html>'))).toBe('txt')
    expect(chooseFormat('报告', Buffer.from('一、'))).toBe('txt')
    expect(() => chooseFormat('报告.wps', ole)).toThrow(/另存为/)
    expect(() => chooseFormat('报告.doc', Buffer.from('{\\rtf1'))).toThrow(/RTF/)
    expect(() => chooseFormat('报告.xlsx', zip)).toThrow(/不支持/)
  })
})
