/**
 * The web host while an import fails: in a file of its own, so the memory it measures is this test's alone.
 */
import { mkdir, mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openApp } from '../../../../../src-main/services/app-context'
import { startWebHost, TOKEN_HEADER, type WebHost } from '../../../../../src-main/web/host'
import { exportWorkerFor } from '../../../../../src-main/services/export-queue/queue'
import { docxFrame, zeroBomb, zip } from '../../../../helpers/zip'

let dir: string

describe('the web host while an import fails', () => {
  let host: WebHost

  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'huibao-import-host-'))
    await mkdir(join(dir, 'no-sample'))
    const { handlers } = await openApp({ workspace: join(dir, 'ws'), sampleDir: join(dir, 'no-sample'), version: 't', mode: 'web', exportWorker: exportWorkerFor(import.meta.url) })
    host = await startWebHost({ handlers, staticDir: dir, port: 0 })
  })
  afterAll(async () => {
    await host?.close()
    await rm(dir, { recursive: true, force: true })
  })

  async function call(name: string, body: unknown): Promise<{ ok: boolean; error?: { code: string; message: string }; value?: unknown }> {
    const res = await fetch(new URL(`/api/${name}`, host.url), {
      method: 'POST',
      headers: { 'content-type': 'application/json', [TOKEN_HEADER]: host.token },
      body: JSON.stringify(body),
    })
    return (await res.json()) as { ok: boolean; error?: { code: string; message: string } }
  }

  it('refuses a 1 MB .docx that inflates to 1 GB, stays small, and answers other requests meanwhile', async () => {
    const bomb = zip([...docxFrame(), zeroBomb('word/document.xml', 1024)])
    let peak = process.memoryUsage().rss
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 10)
    const started = performance.now()
    const order: string[] = []
    const importing = call('importReportFile', { fileName: '炸弹.docx', dataBase64: bomb.toString('base64') }).finally(() => order.push('import'))
    const listing = call('listLibrary', {}).finally(() => order.push('list'))
    const [imported, listed] = await Promise.all([importing, listing])
    const elapsed = performance.now() - started
    clearInterval(sampler)
    peak = Math.max(peak, process.memoryUsage().rss)
    console.log(`zip bomb (${(bomb.length / 1024 / 1024).toFixed(2)} MB → 1024 MB) refused in ${elapsed.toFixed(0)} ms; host peak RSS ${(peak / 1024 / 1024).toFixed(0)} MB`)
    expect(imported).toMatchObject({ ok: false, error: { code: 'import-failed' } })
    expect(imported.error?.message).toMatch(/解压后体积异常/)
    expect(listed.ok).toBe(true)
    expect(order).toEqual(['list', 'import'])
    expect(peak).toBeLessThan(500 * 1024 * 1024)
    // …and it still serves afterwards.
    expect((await call('appInfo', {})).ok).toBe(true)
  }, 60_000)

  it('refuses a file whose base64 was damaged on the way, instead of importing garbage', async () => {
    const good = Buffer.from('一、工作回顾\n地区生产总值增长5%。').toString('base64')
    for (const damaged of [good.slice(0, -1), `${good.slice(0, 8)}!${good.slice(9)}`, `${good.slice(0, 8)}\u4e2d${good.slice(9)}`]) {
      const answer = await call('importReportFile', { fileName: '报告.txt', dataBase64: damaged })
      expect(answer).toMatchObject({ ok: false, error: { code: 'import-failed' } })
      expect(answer.error?.message).toMatch(/传送中损坏/)
    }
    expect((await call('importReportFile', { fileName: '报告.txt', dataBase64: good })).ok).toBe(true)
  }, 60_000)
})
