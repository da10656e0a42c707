import { mkdir, symlink, writeFile } from 'node:fs/promises'
import { hostname } from 'node:os'
import { join } from 'node:path'
import { test, expect } from './fixtures'

/** The workspace as an unlucky or hostile folder leaves it: the library still lists everything, safely. */

test('odd and hostile files are listed, never followed or echoed; another process on the workspace is named', async ({ page, host }) => {
  const ws = host.workspace
  await writeFile(join(ws, 'reports', 'r-broken.json'), '{"schema": "huibao.report", "title": "半截')
  await writeFile(join(ws, '..', `${ws.split('/').at(-1)}-passwd`), 'root:x:0:0:SECRET:/root:/bin/bash\n')
  await symlink(join(ws, '..', `${ws.split('/').at(-1)}-passwd`), join(ws, 'reports', 'r-link.json'))
  await mkdir(join(ws, 'briefings', 'b-folder.json'))
  await writeFile(join(ws, 'reports', '说明\u202Etxt.exe'), 'x')
  // This test process plays a second program with the workspace open.
  await writeFile(join(ws, '.presence', `other-${process.pid}.json`), JSON.stringify({ pid: process.pid, host: hostname(), program: 'desktop', since: new Date().toISOString() }))

  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  await expect(page.getByTestId('damaged-item')).toHaveCount(3)
  await expect(page.getByTestId('damaged-item').filter({ hasText: 'reports/r-link.json' })).toContainText('链接')
  await expect(page.getByTestId('damaged-item').filter({ hasText: 'briefings/b-folder.json' })).toContainText('文件夹')
  await expect(page.getByTestId('foreign-item')).toHaveText(/reports\/说明txt\.exe/)
  await expect(page.getByTestId('open-elsewhere')).toContainText(`此工作区也在另一个汇报窗口中打开（${hostname()}，进程 ${process.pid}）`)
  const text = await page.locator('body').innerText()
  expect(text).not.toMatch(/root|SECRET|bash|[\u202A-\u202E\u2066-\u2069]/)
  await page.screenshot({ path: 'test-results/screenshots/library-problem-files.png', fullPage: true })
})

test('http://localhost:PORT opens the same library as 127.0.0.1', async ({ page, host }) => {
  const url = new URL(host.url)
  await page.goto(`http://localhost:${url.port}/${url.search}`)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  expect(new URL(page.url()).hostname).toBe('127.0.0.1')
  await expect(page.getByText('访问令牌无效')).toHaveCount(0)
})
