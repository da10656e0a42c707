import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BriefingContentSchema } from '../../../../src-shared/schemas/briefing'

const root = fileURLToPath(new URL('../../../../', import.meta.url))
const corpus = (name: string) => join(root, 'tests/fixtures/corpus', name)
const dir = mkdtempSync(join(tmpdir(), 'huibao-cli-compare-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

function cli(...args: string[]) {
  const r = spawnSync(process.execPath, ['bin/huibao.mjs', ...args], { cwd: root, encoding: 'utf8', timeout: 120_000 })
  return { code: r.status, stdout: r.stdout, stderr: r.stderr }
}

const h2016 = join(dir, 'hailar-2016.json')
const h2017 = join(dir, 'hailar-2017.json')
const gansu = join(dir, 'gansu-2026.json')

beforeAll(() => {
  for (const [txt, json] of [
    ['county_hailaer_2016.txt', h2016],
    ['county_hailaer_2017.txt', h2017],
    ['province_gansu_2026.txt', gansu],
  ] as const) {
    const r = cli('import', corpus(txt), '--json')
    expect(r.code, r.stderr).toBe(0)
    writeFileSync(json, r.stdout)
  }
})

describe('huibao compare', () => {
  it('prints last year’s targets paired with this year’s results as JSON, each with its status and rule', () => {
    const r = cli('compare', h2016, h2017, '--json')
    expect(r.code, r.stderr).toBe(0)
    const c = JSON.parse(r.stdout)
    expect(c.year).toBe(2016)
    expect(c.check).toEqual({ place: 'same', years: 'consecutive' })
    const gdp = c.pairs.find((p: { indicator: string; kind: string }) => p.indicator === 'gdp' && p.kind === 'growth')
    expect(gdp.target).toMatchObject({ value: 7.5, quote: '地区生产总值增长7.5%' })
    expect(gdp.result).toMatchObject({ value: 7.2, quote: '同比增长7.2%' })
    expect(gdp.status).toBe('未完成')
    expect(gdp.rule).toEqual({ kind: 'rise', text: expect.stringContaining('实际不低于目标即为完成'), applied: '实际 7.2% < 目标 7.5% → 未完成' })
    const statuses = new Set(c.pairs.map((p: { status: string }) => p.status))
    expect([...statuses].sort()).toEqual(['完成', '未完成', '未报告', '超额完成'].sort())
    expect(c.tolerance).toContain('0.5')
  })

  it('puts two reports given the other way round in order, and says so', () => {
    const r = cli('compare', h2017, h2016, '--json')
    expect(r.code).toBe(0)
    expect(JSON.parse(r.stdout).year).toBe(2016)
    expect(r.stderr).toMatch(/已按年份先后对照/)
  })

  it('refuses reports of two places in one sentence, unless --force', () => {
    const r = cli('compare', h2016, gansu, '--json')
    expect(r.code).toBe(1)
    expect(r.stdout).toBe('')
    expect(r.stderr.trim().split('\n')).toHaveLength(1)
    expect(r.stderr).toMatch(/不是同一地区的（海拉尔区、甘肃省）.*--force/)
    expect(cli('compare', h2016, gansu, '--json', '--force').code).toBe(0)
  })

  it('names a missing second file', () => {
    const r = cli('compare', h2016)
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/请指定两份报告/)
  })
})

describe('huibao draft --previous', () => {
  it('includes the 目标完成情况 slides', () => {
    const out = join(dir, 'briefing.json')
    const r = cli('draft', h2017, '--previous', h2016, '-o', out)
    expect(r.code, r.stderr).toBe(0)
    expect(r.stdout).toMatch(/含目标完成情况 \d 张/)
    const briefing = BriefingContentSchema.parse(JSON.parse(readFileSync(out, 'utf8')))
    const tables = briefing.slides.filter((s) => s.layout === 'targets')
    expect(tables.length).toBeGreaterThan(0)
    expect(tables[0]!.title).toMatch(/^2016年目标完成情况/)
    expect(tables[0]!.rows[0]).toMatchObject({ label: '地区生产总值', target: '增长7.5%', result: '增长7.2%', status: '未完成' })
    expect(briefing.reportIds).toHaveLength(2)
  })

  it('exports that briefing to PDF with both reports given as --report, every figure found in one of them', () => {
    const out = join(dir, 'briefing.json')
    expect(cli('draft', h2017, '--previous', h2016, '-o', out).code).toBe(0)
    const pdf = join(dir, 'slides.pdf')
    const one = cli('pdf', out, '-o', pdf, '--report', h2017)
    expect(one.code, one.stderr).toBe(0)
    expect(one.stderr).toMatch(/已不存在/)
    const both = cli('pdf', out, '-o', pdf, '--report', h2017, '--report', h2016)
    expect(both.code, both.stderr).toBe(0)
    expect(both.stderr).not.toMatch(/已不存在/)
  })

  it('refuses a previous report of another place, unless --force', () => {
    const r = cli('draft', h2017, '--previous', gansu, '-o', join(dir, 'x.json'))
    expect(r.code).toBe(1)
    expect(r.stderr).toMatch(/不是同一地区/)
  })
})
