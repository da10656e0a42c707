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

  it('registers the privileged app:// scheme before the app is ready, serves it before the first window, and loads the app from it', async () => {
    const { BrowserWindow } = await import('../../../mocks/electron')
    const registered = fake.events.indexOf('register-schemes')
    expect(registered).toBeGreaterThan(-1)
    expect(registered).toBeLessThan(fake.events.indexOf('ready'))
    expect(fake.privilegedSchemes).toEqual([{ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }])
    expect(fake.privilegedSchemes[0]).not.toHaveProperty('privileges.bypassCSP')
    expect(fake.events.indexOf('protocol-handle:app')).toBeLessThan(fake.events.indexOf('window-created'))
    expect(BrowserWindow.instances[0]!.loadedUrl).toBe('app://huibao/index.html')
    const handler = fake.protocolHandlers.get('app')!
    const response = await handler(new Request('app://huibao/../../package.json'))
    expect(response.status).toBe(404)
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
