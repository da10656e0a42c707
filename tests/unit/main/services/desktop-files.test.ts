import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { ApiError } from '../../../../src-shared/errors'
import { createDesktopFiles, type DesktopShell } from '../../../../src-main/services/desktop-files'

let dir: string
beforeEach(async () => (dir = await mkdtemp(join(tmpdir(), 'huibao-files-'))))
afterEach(() => rm(dir, { recursive: true, force: true }))

function fakeShell(answer: () => string | null) {
  const asked: string[] = []
  const shown: string[] = []
  const shell: DesktopShell = {
    chooseSavePath: async (name, format) => (asked.push(`${format}:${name}`), answer()),
    showItemInFolder: (path) => void shown.push(path),
  }
  return { shell, asked, shown }
}

const codeOf = (p: Promise<unknown>) => p.then(() => 'no error', (e: ApiError) => e.code)
const pdf = Buffer.from('%PDF-1.7 test').toString('base64')

describe('saving an exported file in the desktop app', () => {
  it('writes where the person chose, and can then show it in its folder', async () => {
    const target = join(dir, '汇报.pdf')
    const { shell, asked, shown } = fakeShell(() => target)
    const files = createDesktopFiles(shell)
    expect(await files.saveExportFile('../../汇报', pdf, 'pdf')).toEqual({ path: target })
    expect(asked).toEqual(['pdf:汇报.pdf'])
    expect(await readFile(target, 'utf8')).toBe('%PDF-1.7 test')
    await files.showInFolder(target)
    expect(shown).toEqual([target])
  })

  it('offers a PowerPoint deck under its own extension', async () => {
    const target = join(dir, '汇报.pptx')
    const { shell, asked } = fakeShell(() => target)
    expect(await createDesktopFiles(shell).saveExportFile('2024年政府工作报告', pdf, 'pptx')).toEqual({ path: target })
    expect(asked).toEqual(['pptx:2024年政府工作报告.pptx'])
  })

  it('writes nothing when the person cancels', async () => {
    const files = createDesktopFiles(fakeShell(() => null).shell)
    expect(await files.saveExportFile('a.pdf', pdf, 'pdf')).toEqual({ path: null })
  })

  it('never reveals a path it did not save', async () => {
    const { shell, shown } = fakeShell(() => null)
    expect(await codeOf(createDesktopFiles(shell).showInFolder('/etc/passwd'))).toBe('forbidden')
    expect(shown).toEqual([])
  })

  it('explains an unwritable location in Chinese', async () => {
    const files = createDesktopFiles(fakeShell(() => join(dir, 'no-such-folder', 'x.pdf')).shell)
    const error = await files.saveExportFile('x.pdf', pdf, 'pdf').catch((e: ApiError) => e)
    expect(error).toBeInstanceOf(ApiError)
    expect((error as ApiError).code).toBe('io')
    expect((error as ApiError).message).toMatch(/无法保存/)
  })

  it('is refused in browser mode, which downloads instead', async () => {
    expect(await codeOf(createDesktopFiles(undefined).saveExportFile('x.pdf', pdf, 'pdf'))).toBe('forbidden')
  })
})
