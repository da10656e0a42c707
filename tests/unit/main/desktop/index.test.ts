import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it, vi } from 'vitest'
import { API_NAMES, ipcChannel } from '../../../../src-shared/api-channels'

vi.mock('electron', () => import('../../../mocks/electron'))
const { fake } = await import('../../../mocks/electron')

const workspace = await mkdtemp(join(tmpdir(), 'huibao-index-'))
afterAll(() => rm(workspace, { recursive: true, force: true }))

describe('composition root', () => {
  it('takes the single-instance lock, registers every handler before the first window, and opens one window', async () => {
    fake.reset()
    fake.userData = workspace
    process.argv.push('--workspace', join(workspace, 'ws'))
    await import('../../../../src-main/desktop/index')
    await vi.waitFor(() => expect(fake.events).toContain('window-created'), { timeout: 10_000 })
    expect(fake.events[0]).toBe('single-instance-lock')
    const firstWindow = fake.events.indexOf('window-created')
    for (const name of API_NAMES) {
      const registered = fake.events.indexOf(`handle:${ipcChannel(name)}`)
      expect(registered, name).toBeGreaterThan(-1)
      expect(registered, name).toBeLessThan(firstWindow)
    }
    expect(fake.events.filter((e) => e === 'window-created')).toHaveLength(1)
  })
})

describe('start-up failure', () => {
  it('tells the user why in Chinese, instead of quitting silently', async () => {
    vi.resetModules()
    fake.reset()
    const blocker = join(workspace, 'not-a-folder')
    const { writeFile } = await import('node:fs/promises')
    await writeFile(blocker, 'a file where the workspace folder should be')
    const argv = process.argv
    process.argv = [...argv.filter((a) => a !== '--workspace'), '--workspace', join(blocker, 'ws')]
    try {
      await import('../../../../src-main/desktop/index')
      await vi.waitFor(() => expect(fake.events.some((e) => e.startsWith('exit:'))).toBe(true), { timeout: 10_000 })
      const box = fake.events.find((e) => e.startsWith('error-box:'))
      expect(box).toContain('汇报无法启动')
      expect(box).toContain('工作区')
      expect(fake.events).not.toContain('window-created')
    } finally {
      process.argv = argv
    }
  })
})
