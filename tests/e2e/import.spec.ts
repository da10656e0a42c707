import { readFile } from 'node:fs/promises'
import { test, expect } from './fixtures'

const fixture = (name: string) => readFile(new URL(`../fixtures/import/${name}`, import.meta.url))

test('imports a PDF through the file dialog, with its sections and figures', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  const accept = await page.getByTestId('import-file-input').getAttribute('accept')
  expect(accept?.split(',')).toEqual(expect.arrayContaining(['.pdf', '.doc', '.docx', '.html', '.htm', '.mhtml', '.txt', '.md']))

  await page.getByTestId('import-file-input').setInputFiles({ name: '2022年政府工作报告.pdf', mimeType: 'application/pdf', buffer: await fixture('national-2022.chromium-cli.pdf') })
  // An import starts a worker thread and reads the whole PDF: allow it more than the default wait.
  const item = page.getByTestId('report-item').filter({ hasText: '2022年国务院政府工作报告' })
  await expect(item).toHaveCount(1, { timeout: 30_000 })
  await item.getByRole('button').first().click()
  await expect(page.getByTestId('report-section').first()).toBeVisible()
  await expect(page.getByTestId('report-section').filter({ hasText: '2022年经济社会发展总体要求和政策取向' })).not.toHaveCount(0)
  await expect(page.getByTestId('metric-row').first()).toBeVisible()
})

test('imports a saved web page dropped onto the library, and refuses a scanned PDF in one Chinese sentence', async ({ page, host }) => {
  await page.goto(host.url)
  await expect(page.getByTestId('report-item')).toHaveCount(1)
  const zone = page.getByTestId('drop-zone')
  const drop = async (name: string, type: string, base64: string) => {
    const dataTransfer = await page.evaluateHandle(
      ([fileName, mime, data]) => {
        const dt = new DataTransfer()
        dt.items.add(new File([Uint8Array.from(atob(data), (c) => c.charCodeAt(0))], fileName, { type: mime }))
        return dt
      },
      [name, type, base64] as const,
    )
    await zone.dispatchEvent('dragenter', { dataTransfer })
    await zone.dispatchEvent('drop', { dataTransfer })
  }
  await drop('海拉尔区政府工作报告.mhtml', 'multipart/related', (await fixture('hailar-2017.gov.mhtml')).toString('base64'))
  await expect(page.getByTestId('report-item').filter({ hasText: '2017年海拉尔区人民政府工作报告' })).toHaveCount(1, { timeout: 30_000 })

  await drop('扫描件.pdf', 'application/pdf', (await fixture('refuse.scanned.pdf')).toString('base64'))
  await expect(page.getByRole('alert')).toContainText('扫描', { timeout: 30_000 })
  await expect(page.getByTestId('report-item')).toHaveCount(2)
})
