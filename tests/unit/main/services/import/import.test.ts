import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import iconv from 'iconv-lite'
import { ImportError } from '../../../../../src-main/services/import'
import { readPastedText, readReportFile, titleFromHead } from '../../../../../src-main/services/import/read-report'
import { ReportContentSchema } from '../../../../../src-shared/schemas/report'
import { docx } from '../../../../helpers/zip'

const seed = readFileSync(fileURLToPath(new URL('../../../../../resources/sample/yulin-2024-government-work-report.txt', import.meta.url)), 'utf8')

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
    const a = await readReportFile(Buffer.from(seed, 'utf8'), 'yulin.txt')
    const b = await readReportFile(iconv.encode(seed, 'gbk'), 'yulin.txt')
    expect(ReportContentSchema.parse(a)).toBeTruthy()
    expect(a.title).toBe('2024年政府工作报告')
    expect(a.source).toMatchObject({ fileName: 'yulin.txt', format: 'txt', encoding: 'UTF-8' })
    expect(a.source.sha256).toMatch(/^[0-9a-f]{64}$/)
    expect(b.source.encoding).toBe('GB18030')
    expect(b.text).toBe(a.text)
    expect(b.metrics).toEqual(a.metrics)
    expect(a.id).toMatch(/^r-[a-z0-9]+$/)
  })
  it('reads markdown without its marks', async () => {
    const r = await readReportFile(Buffer.from('# 2024年政府工作报告\n## 一、2023年工作回顾\n全市地区生产总值**增长3.3%**。\n'), 'r.md')
    expect(r.source.format).toBe('md')
    expect(r.sections[0]?.title).toBe('2023年工作回顾')
    expect(r.metrics[0]).toMatchObject({ label: '地区生产总值', value: 3.3, period: '2023' })
  })
  it('reads .docx paragraphs as lines', async () => {
    const r = await readReportFile(docx(['2024年政府工作报告', '一、2023年工作回顾', '（一）产业转型。工业投资增长11.1%。']), 'r.docx')
    expect(r.source.format).toBe('docx')
    expect(r.title).toBe('2024年政府工作报告')
    expect(r.sections[0]?.children[0]?.title).toBe('产业转型')
    expect(r.metrics[0]).toMatchObject({ value: 11.1, unit: '%', kind: 'growth' })
  })
  it('refuses bad input with one typed error each', async () => {
    expect(await code(readReportFile(new Uint8Array(), 'a.txt'))).toBe('empty')
    expect(await code(readReportFile(Buffer.from(' \n\u3000\n'), 'a.txt'))).toBe('empty')
    expect(await code(readReportFile(new Uint8Array([1, 2, 0, 0, 7, 8, 0, 9, 250]), 'a.txt'))).toBe('binary')
    expect(await code(readReportFile(new Uint8Array(50 * 1024 * 1024 + 1), 'a.txt'))).toBe('too-large')
    expect(await code(readReportFile(Buffer.from('x'), 'a.xls'))).toBe('unsupported')
    expect(await code(readReportFile(Buffer.from('x'), 'a.wps'))).toBe('wps')
    expect(await code(readReportFile(Buffer.from('{\\rtf1\\ansi 报告}'), 'a.doc'))).toBe('unsupported')
    expect(await code(readReportFile(Buffer.from('x'), 'a.pdf'))).toBe('damaged')
    expect(await code(readReportFile(Buffer.from('x'), 'a.doc'))).toBe('damaged')
    expect(await code(readReportFile(Buffer.from('not a zip'), 'a.docx'))).toBe('damaged')
    expect(await code(readReportFile(Buffer.from('PK\u0003\u0004garbage'), 'a.docx'))).toBe('damaged')
  })
})

describe('a report without its title line', () => {
  it('is named from its speaker line and year, not from its file name', async () => {
    const text = '各位代表：\n现在，我代表海拉尔区人民政府向大会作工作报告，请予审议。\n一、2016年工作回顾\n地区生产总值增长7.2%。\n二、2017年工作安排\n地区生产总值增长7%左右。\n'
    const r = await readReportFile(Buffer.from(text), 'county_hailaer_2017.txt')
    expect(r.title).toBe('海拉尔区2017年政府工作报告')
    expect(titleFromHead('全国', 2022)).toBe('2022年政府工作报告（国务院）')
    expect(titleFromHead(null, null)).toBeNull()
  })

  it('is named so too when its title line names neither place nor year, and keeps a title that does', async () => {
    const body = '——2019年1月27日在海南省第六届人民代表大会第二次会议上\n各位代表：\n一、关于过去一年的工作\n地区生产总值增长5.8%。\n'
    expect((await readReportFile(Buffer.from(`政府工作报告\n${body}`), 'hainan.txt')).title).toBe('海南省2019年政府工作报告')
    expect((await readReportFile(Buffer.from(`海南省人民政府工作报告\n${body}`), 'hainan.txt')).title).toBe('海南省人民政府工作报告')
  })
})

describe('readPastedText', () => {
  it('imports pasted text with format paste and an optional title', async () => {
    const r = await readPastedText('一、2023年工作回顾\r\n全市地区生产总值增长3.3%。', '我的报告')
    expect(r.title).toBe('我的报告')
    expect(r.source.format).toBe('paste')
    expect(r.text).not.toContain('\r')
    expect(r.metrics).toHaveLength(1)
    expect(await code(Promise.resolve().then(() => readPastedText('   ')))).toBe('empty')
  })

  it('reads a report pasted with its paragraph breaks lost: its parts, its year, and the year’s goals as goals', () => {
    const work = (k: number) => `第${k}项重点工作扎实推进，完成投资${k + 10}亿元，各项任务按计划落实，群众满意度持续提升。`
    const text = [
      '各位代表：现在，我代表市人民政府向大会报告工作，请予审议。',
      '一、2018年工作回顾 2018年是全面贯彻党的十九大精神的开局之年，全市地区生产总值增长6.2%。',
      ...Array.from({ length: 80 }, (_, k) => work(k + 1)),
      '奋力开创新局面！二、2019年工作安排 今年主要预期目标是：地区生产总值增长8%左右，城镇新增就业8万人。',
      ...Array.from({ length: 80 }, (_, k) => work(k + 81)),
    ].join(' ').replace('新局面！ 二、', '新局面！二、')
    const r = readPastedText(text)
    expect(r.text).toContain('\n二、2019年工作安排')
    expect(r.sections.map((s) => s.title)).toEqual(['2018年工作回顾', '2019年工作安排'])
    expect(r.year).toBe(2019)
    const gdp = r.metrics.filter((m) => m.label.endsWith('生产总值')).map((m) => [m.value, m.period])
    expect(gdp).toEqual([[6.2, '2018'], [8, '2019 target']])
    expect(r.metrics.find((m) => m.label === '城镇新增就业')?.period).toBe('2019 target')
    for (const m of r.metrics) expect(r.text.slice(m.start, m.end)).toBe(m.quote)
  })
})
