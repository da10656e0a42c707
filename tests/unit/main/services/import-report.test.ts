import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { crc32 } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import { ImportError, importReportFile, importReportText, stripMarkdown } from '../../../../src-main/services/import-report'
import { ReportContentSchema } from '../../../../src-shared/schemas/report'

const seed = readFileSync(fileURLToPath(new URL('../../../../resources/sample/yulin-2024-government-work-report.txt', import.meta.url)), 'utf8')

/** A minimal stored (uncompressed) zip, enough for a .docx mammoth can read. */
function zip(files: Record<string, string>): Buffer {
  const locals: Buffer[] = []
  const centrals: Buffer[] = []
  let offset = 0
  for (const [name, content] of Object.entries(files)) {
    const data = Buffer.from(content, 'utf8')
    const nameBuf = Buffer.from(name, 'utf8')
    const crc = crc32(data)
    const local = Buffer.alloc(30)
    local.writeUInt32LE(0x04034b50, 0)
    local.writeUInt16LE(20, 4)
    local.writeUInt32LE(crc, 14)
    local.writeUInt32LE(data.length, 18)
    local.writeUInt32LE(data.length, 22)
    local.writeUInt16LE(nameBuf.length, 26)
    const central = Buffer.alloc(46)
    central.writeUInt32LE(0x02014b50, 0)
    central.writeUInt16LE(20, 4)
    central.writeUInt16LE(20, 6)
    central.writeUInt32LE(crc, 16)
    central.writeUInt32LE(data.length, 20)
    central.writeUInt32LE(data.length, 24)
    central.writeUInt16LE(nameBuf.length, 28)
    central.writeUInt32LE(offset, 42)
    locals.push(local, nameBuf, data)
    centrals.push(central, nameBuf)
    offset += local.length + nameBuf.length + data.length
  }
  const cd = Buffer.concat(centrals)
  const end = Buffer.alloc(22)
  end.writeUInt32LE(0x06054b50, 0)
  end.writeUInt16LE(Object.keys(files).length, 8)
  end.writeUInt16LE(Object.keys(files).length, 10)
  end.writeUInt32LE(cd.length, 12)
  end.writeUInt32LE(offset, 16)
  return Buffer.concat([...locals, cd, end])
}

function docx(paragraphs: string[]): Buffer {
  const body = paragraphs.map((p) => `<w:p><w:r><w:t>${p}</w:t></w:r></w:p>`).join('')
  return zip({
    '[Content_Types].xml':
      '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>',
    '_rels/.rels':
      '<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>',
    'word/document.xml': `<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body>${body}</w:body></w:document>`,
  })
}

async function code(run: Promise<unknown>): Promise<string> {
  try {
    await run
    return 'ok'
  } catch (error) {
    expect(error).toBeInstanceOf(ImportError)
    expect((error as Error).message).not.toContain('\n')
    return (error as ImportError).code
  }
}

describe('importReportFile', () => {
  it('imports the seed as UTF-8 and as GBK to the same report', async () => {
    const a = await importReportFile(Buffer.from(seed, 'utf8'), 'yulin.txt')
    const b = await importReportFile(iconv.encode(seed, 'gbk'), 'yulin.txt')
    expect(ReportContentSchema.parse(a)).toBeTruthy()
    expect(a.title).toBe('2024年政府工作报告')
    expect(a.source).toMatchObject({ fileName: 'yulin.txt', format: 'txt', encoding: 'UTF-8' })
    expect(a.source.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(b.source.encoding).toBe('GB18030')
    expect(b.text).toBe(a.text)
    expect(b.metrics).toEqual(a.metrics)
    expect(a.id).toMatch(/^r-[a-z0-9]+$/)
  })
  it('strips markdown marks but keeps the words', async () => {
    expect(stripMarkdown('# 一、2023年工作回顾\n**全市**地区生产总值增长*3.3%*，见[附表](a.md)。\n- 一项')).toBe(
      '一、2023年工作回顾\n全市地区生产总值增长3.3%，见附表。\n一项',
    )
    const r = await importReportFile(Buffer.from('# 2024年政府工作报告\n## 一、2023年工作回顾\n全市地区生产总值**增长3.3%**。\n'), 'r.md')
    expect(r.source.format).toBe('md')
    expect(r.sections[0]?.title).toBe('2023年工作回顾')
    expect(r.metrics[0]).toMatchObject({ label: '地区生产总值', value: 3.3, period: '2023' })
  })
  it('reads .docx paragraphs as lines', async () => {
    const r = await importReportFile(docx(['2024年政府工作报告', '一、2023年工作回顾', '（一）产业转型。工业投资增长11.1%。']), 'r.docx')
    expect(r.source.format).toBe('docx')
    expect(r.title).toBe('2024年政府工作报告')
    expect(r.sections[0]?.children[0]?.title).toBe('产业转型')
    expect(r.metrics[0]).toMatchObject({ value: 11.1, unit: '%', kind: 'growth' })
  })
  it('refuses bad input with one typed error each', async () => {
    expect(await code(importReportFile(new Uint8Array(), 'a.txt'))).toBe('empty')
    expect(await code(importReportFile(Buffer.from(' \n\u3000\n'), 'a.txt'))).toBe('empty')
    expect(await code(importReportFile(new Uint8Array([1, 2, 0, 0, 7, 8, 0, 9, 250]), 'a.txt'))).toBe('binary')
    expect(await code(importReportFile(new Uint8Array(50 * 1024 * 1024 + 1), 'a.txt'))).toBe('too-large')
    expect(await code(importReportFile(Buffer.from('x'), 'a.pdf'))).toBe('unsupported')
    expect(await code(importReportFile(Buffer.from('x'), 'a.doc'))).toBe('unsupported')
    expect(await code(importReportFile(Buffer.from('not a zip'), 'a.docx'))).toBe('damaged-docx')
    expect(await code(importReportFile(Buffer.from('PK\u0003\u0004garbage'), 'a.docx'))).toBe('damaged-docx')
  })
})

describe('importReportText', () => {
  it('imports pasted text with format paste and an optional title', async () => {
    const r = await importReportText('一、2023年工作回顾\r\n全市地区生产总值增长3.3%。', '我的报告')
    expect(r.title).toBe('我的报告')
    expect(r.source.format).toBe('paste')
    expect(r.text).not.toContain('\r')
    expect(r.metrics).toHaveLength(1)
    expect(await code(importReportText('   '))).toBe('empty')
  })
})
