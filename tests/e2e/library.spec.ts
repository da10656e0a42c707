import { readFile, readdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import iconv from 'iconv-lite'
import { test, expect } from './fixtures'

test('a new user sees the sample report in the library at once', async ({ page, host }) => {
  await page.goto(host.url)
  const report = page.getByTestId('report-item')
  await expect(report).toHaveCount(1)
  await expect(report).toContainText('2024年政府工作报告')
  // The token leaves the address bar but stays usable for the tab.
  expect(page.url()).not.toContain('token=')
  await page.reload()
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  await page.screenshot({ path: 'test-results/screenshots/library.png' })
})

test('create, rename, duplicate, delete to trash and restore a briefing', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByTestId('new-briefing').click()
  const name = page.getByRole('dialog').getByRole('textbox')
  await name.fill('县政府常务会议汇报')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/briefing\/b-/)
  await page.goto(`${host.origin}/#/`)

  const item = page.getByTestId('briefing-item')
  await expect(item).toHaveCount(1)
  await expect(item).toContainText('县政府常务会议汇报')
  await expect(page.getByTestId('save-status')).toHaveText(/已保存/)

  await item.getByRole('button', { name: '重命名' }).click()
  await page.getByRole('dialog').getByRole('textbox').fill('第一季度汇报')
  await page.getByRole('dialog').getByRole('button', { name: '确定' }).click()
  await expect(item).toContainText('第一季度汇报')

  await item.getByRole('button', { name: '创建副本' }).click()
  await expect(page.getByTestId('briefing-item')).toHaveCount(2)
  await expect(page.getByTestId('briefing-item').filter({ hasText: '第一季度汇报（副本）' })).toHaveCount(1)

  await page.getByTestId('briefing-item').filter({ hasText: '（副本）' }).getByTestId('delete-item').click()
  await expect(page.getByTestId('briefing-item')).toHaveCount(1)
  await page.getByTestId('trash').locator('summary').click()
  await expect(page.getByTestId('trash-item')).toContainText('第一季度汇报（副本）')
  const trashFiles = await readdir(join(host.workspace, '.trash', 'briefings'))
  expect(trashFiles).toHaveLength(1)

  await page.getByTestId('trash-item').getByRole('button', { name: '恢复' }).click()
  await expect(page.getByTestId('briefing-item')).toHaveCount(2)
  await expect(page.getByTestId('trash-item')).toHaveCount(0)

  // Everything above is on disk: a reload shows the same library.
  await page.reload()
  await expect(page.getByTestId('briefing-item')).toHaveCount(2)
})

test('imports a GBK file through the file dialog without mojibake, and explains an empty file in Chinese', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  const text = '某县2023年政府工作报告\n\n各位代表：\n\n一、2022年工作回顾\n\n全县地区生产总值增长6.5%。\n'
  await page.getByTestId('import-file-input').setInputFiles({ name: '某县报告.txt', mimeType: 'text/plain', buffer: iconv.encode(text, 'gbk') })
  await expect(page.getByTestId('report-item')).toHaveCount(2)
  await expect(page.getByTestId('report-item').filter({ hasText: '某县2023年政府工作报告' })).toHaveCount(1)

  await page.getByTestId('import-file-input').setInputFiles({ name: '空文件.txt', mimeType: 'text/plain', buffer: Buffer.alloc(0) })
  await expect(page.getByRole('alert')).toContainText('空')
  await expect(page.getByTestId('save-status')).toHaveText(/保存失败/)
  await expect(page.getByTestId('report-item')).toHaveCount(2)
})

test('imports pasted text', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('button', { name: '粘贴文本' }).click()
  await page.getByTestId('paste-text').fill('市政府工作报告\n\n一、过去一年工作回顾\n\n全市地区生产总值增长5.2%，城镇新增就业3.1万人。')
  await page.getByRole('dialog').getByRole('button', { name: '导入' }).click()
  await expect(page.getByTestId('report-item')).toHaveCount(2)
})

test('lists a damaged file with its reason and restores its last good backup', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByTestId('new-briefing').click()
  await page.getByRole('dialog').getByRole('textbox').fill('会损坏的汇报')
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/briefing\/b-/)
  await page.goto(`${host.origin}/#/`)
  await page.getByTestId('briefing-item').getByRole('button', { name: '重命名' }).click()
  await page.getByRole('dialog').getByRole('textbox').fill('改名后的汇报')
  await page.keyboard.press('Enter')
  await expect(page.getByTestId('briefing-item')).toContainText('改名后的汇报')

  const [fileName] = await readdir(join(host.workspace, 'briefings'))
  const file = join(host.workspace, 'briefings', fileName!)
  await writeFile(file, '{ "schema": "huibao.briefing", 截断了')
  await page.reload()
  const damaged = page.getByTestId('damaged-item')
  await expect(damaged).toContainText(fileName!)
  await expect(damaged).toContainText('不是有效的 JSON')
  await damaged.getByRole('button', { name: '从备份恢复' }).click()
  await expect(page.getByTestId('briefing-item')).toContainText('会损坏的汇报')
  await expect(page.getByTestId('damaged-item')).toHaveCount(0)
  const kept = await readdir(join(host.workspace, '.damaged', 'briefings'))
  expect(await readFile(join(host.workspace, '.damaged', 'briefings', kept[0]!), 'utf8')).toContain('截断了')
})

test('the library works from the keyboard alone', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  await page.getByTestId('new-briefing').focus()
  await page.keyboard.press('Enter')
  await expect(page.getByRole('dialog')).toBeVisible()
  await expect(page.getByRole('dialog').getByRole('textbox')).toBeFocused()
  await page.keyboard.press('Escape')
  await expect(page.getByRole('dialog')).toHaveCount(0)
  await expect(page.getByTestId('new-briefing')).toBeFocused()
  await page.getByTestId('report-item').getByRole('button').first().focus()
  await page.keyboard.press('Enter')
  await expect(page).toHaveURL(/#\/report\/r-/)
})

test('the api refuses calls without the token, from another origin or for another host', async ({ request, host }) => {
  const call = (headers: Record<string, string>) => request.post(`${host.origin}/api/listLibrary`, { data: {}, headers })
  expect((await call({})).status()).toBe(401)
  expect((await call({ 'x-huibao-token': 'wrong' })).status()).toBe(401)
  expect((await call({ 'x-huibao-token': host.token, origin: 'http://evil.example' })).status()).toBe(403)
  expect((await call({ 'x-huibao-token': host.token, host: 'evil.example' })).status()).toBe(421)
  const ok = await call({ 'x-huibao-token': host.token, origin: host.origin })
  expect(ok.status()).toBe(200)
  expect((await ok.json()).ok).toBe(true)
  const invalid = await request.post(`${host.origin}/api/getReport`, { data: { id: '../../etc/passwd' }, headers: { 'x-huibao-token': host.token } })
  expect(await invalid.json()).toMatchObject({ ok: false, error: { code: 'invalid-request' } })
})

test('imports a report dropped onto the library', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  const text = '某省2025年政府工作报告\n\n一、2024年工作回顾\n\n全省地区生产总值增长５．８％，城镇新增就业６２万人。\n'
  const dataTransfer = await page.evaluateHandle((content) => {
    const dt = new DataTransfer()
    dt.items.add(new File([content], '某省报告.txt', { type: 'text/plain' }))
    return dt
  }, text)
  const zone = page.getByTestId('drop-zone')
  await zone.dispatchEvent('dragenter', { dataTransfer })
  await expect(zone).toHaveClass(/over/)
  await zone.dispatchEvent('drop', { dataTransfer })
  await expect(page.getByTestId('report-item').filter({ hasText: '某省2025年政府工作报告' })).toHaveCount(1)
  await expect(zone).not.toHaveClass(/over/)
})

test('switches the interface to English and back, and remembers the choice', async ({ page, host }) => {
  await page.goto(host.url)
  await page.getByRole('combobox', { name: '语言' }).selectOption('en')
  await expect(page.getByRole('heading', { name: 'Reports' })).toBeVisible()
  await expect(page.getByTestId('import-report')).toHaveText('Import report…')
  await page.reload()
  await expect(page.getByRole('heading', { name: 'Briefings' })).toBeVisible()
  await page.getByTestId('report-item').getByRole('button').first().click()
  await expect(page.getByTestId('draft-briefing')).toHaveText('Draft a briefing')
  await page.getByRole('combobox', { name: 'Language' }).selectOption('zh-CN')
  await expect(page.getByTestId('draft-briefing')).toHaveText('生成汇报初稿')
})
