import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { addSampleOnFirstRun } from '../../../../src-main/services/sample'
import { WorkspaceStore } from '../../../../src-main/services/workspace-store'
import { resolveWorkspace } from '../../../../src-main/services/workspace-location'
import { defaultWorkspace } from '../../../../src-main/services/user-data'

const sampleDir = join(process.cwd(), 'resources', 'sample')
let root: string
let store: WorkspaceStore

beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'huibao-sample-'))
  store = new WorkspaceStore(root)
  await store.init()
})
afterEach(() => rm(root, { recursive: true, force: true }))

describe('the sample on first run', () => {
  it('is added, analysed, to an empty workspace once, and not again after the user deletes it', async () => {
    expect(await addSampleOnFirstRun(store, sampleDir)).toBe(true)
    const [report] = (await store.list()).reports
    expect(report?.title).toBe('2024年政府工作报告')
    expect(report!.size).toBeGreaterThan(40)
    await store.moveToTrash('report', report!.id)
    expect(await addSampleOnFirstRun(store, sampleDir)).toBe(false)
    expect((await store.list()).reports).toHaveLength(0)
  })

  it('is not added to a workspace that already holds work', async () => {
    const other = new WorkspaceStore(join(root, 'other'))
    await other.init()
    await other.create('briefing', (await import('../../../helpers/docs')).sampleBriefingContent())
    expect(await addSampleOnFirstRun(other, sampleDir)).toBe(false)
    expect((await other.list()).reports).toHaveLength(0)
  })
})

describe('workspace location', () => {
  it('takes --workspace over HUIBAO_WORKSPACE over the default', () => {
    expect(resolveWorkspace(['--workspace', '/a'], { HUIBAO_WORKSPACE: '/b' }, '/c')).toBe('/a')
    expect(resolveWorkspace(['--workspace=/a2'], {}, '/c')).toBe('/a2')
    expect(resolveWorkspace([], { HUIBAO_WORKSPACE: '/b' }, '/c')).toBe('/b')
    expect(resolveWorkspace([], {}, '/c')).toBe('/c')
  })

  it('defaults to the folder Electron uses for userData, on every platform', () => {
    expect(defaultWorkspace({ APPDATA: 'C:\\Users\\u\\AppData\\Roaming' }, 'win32')).toContain('汇报 Huibao')
    expect(defaultWorkspace({ XDG_CONFIG_HOME: '/home/u/.config' }, 'linux')).toBe('/home/u/.config/汇报 Huibao/workspace')
  })
})
