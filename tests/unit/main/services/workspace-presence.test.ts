import { spawn } from 'node:child_process'
import { mkdir, mkdtemp, readdir, rm, utimes, writeFile } from 'node:fs/promises'
import { hostname, tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { joinWorkspace, PRESENCE_FOLDER } from '../../../../src-main/services/workspace-presence'

let root: string
beforeEach(async () => {
  root = await mkdtemp(join(tmpdir(), 'huibao-presence-'))
})
afterEach(() => rm(root, { recursive: true, force: true }))

async function plant(name: string, record: Record<string, unknown>, ageMs = 0): Promise<void> {
  await mkdir(join(root, PRESENCE_FOLDER), { recursive: true })
  const file = join(root, PRESENCE_FOLDER, name)
  await writeFile(file, JSON.stringify(record))
  if (ageMs) await utimes(file, new Date(Date.now() - ageMs), new Date(Date.now() - ageMs))
}

describe('workspace presence', () => {
  it('records this process, does not list it among the others, and removes it on leaving', async () => {
    const me = await joinWorkspace(root, 'desktop')
    expect(await readdir(join(root, PRESENCE_FOLDER))).toHaveLength(1)
    expect(await me.others()).toEqual([])
    await me.leave()
    expect(await readdir(join(root, PRESENCE_FOLDER))).toEqual([])
  })

  it('lists another live process, on this machine or another', async () => {
    const since = new Date().toISOString()
    // The test runner's parent is alive for the length of the test.
    await plant(`${hostname()}-${process.ppid}.json`, { pid: process.ppid, host: hostname(), program: 'web', since })
    await plant('other-pc-4321.json', { pid: 4321, host: 'other-pc', program: 'desktop', since })
    const me = await joinWorkspace(root, 'desktop')
    expect(await me.others()).toEqual(
      expect.arrayContaining([
        { pid: process.ppid, host: hostname(), program: 'web', since },
        { pid: 4321, host: 'other-pc', program: 'desktop', since },
      ]),
    )
    await me.leave()
  })

  it('cleans up the record of a process that is gone, or that stopped refreshing it', async () => {
    const child = spawn(process.execPath, ['-e', ''], { stdio: 'ignore' })
    await new Promise((resolve) => child.once('exit', resolve))
    await plant('dead.json', { pid: child.pid, host: hostname(), program: 'web', since: new Date().toISOString() })
    await plant('silent.json', { pid: 99, host: 'laptop-switched-off', program: 'desktop', since: new Date().toISOString() }, 60 * 60_000)
    await plant('garbage.json', { hello: 'world' })
    const me = await joinWorkspace(root, 'web')
    expect(await me.others()).toEqual([])
    const left = await readdir(join(root, PRESENCE_FOLDER))
    expect(left).not.toContain('dead.json')
    expect(left).not.toContain('silent.json')
    // Not a presence record: kept until it is old enough to be sure nobody is still writing it.
    expect(left).toContain('garbage.json')
    await me.leave()
  })
})
