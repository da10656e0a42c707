import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { FuseV1Options, FuseVersion } from '@electron/fuses'
import { FUSES } from '../../../../src-main/desktop/fuses'
import { applyFuses } from '../../../../src-main/desktop/flip-fuses'

/**
 * The fuse configuration, and the script applied to a stand-in binary: bytes around Electron's fuse
 * sentinel, laid out as in a real binary. Not Electron: the script has not been run on a packaged app.
 */
const SENTINEL = 'dL7pKGdnNz796PbbjQWNKmHXBZaB9tsX'
const ENABLE = 0x31
const DISABLE = 0x30

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'huibao-fuses-'))
})
afterAll(() => rm(dir, { recursive: true, force: true }))

describe('fuses', () => {
  it('switch off running as Node, NODE_OPTIONS, --inspect and file:// privileges, and require the app’s own asar, with cookie encryption on', () => {
    expect(FUSES).toEqual({
      version: FuseVersion.V1,
      [FuseV1Options.RunAsNode]: false,
      [FuseV1Options.EnableCookieEncryption]: true,
      [FuseV1Options.EnableNodeOptionsEnvironmentVariable]: false,
      [FuseV1Options.EnableNodeCliInspectArguments]: false,
      [FuseV1Options.EnableEmbeddedAsarIntegrityValidation]: true,
      [FuseV1Options.OnlyLoadAppFromAsar]: true,
      [FuseV1Options.GrantFileProtocolExtraPrivileges]: false,
    })
  })

  it('are written into a binary by the flip script and read back (a stand-in binary with a 9-fuse wire)', async () => {
    // Electron's defaults: RunAsNode on, cookies off, NODE_OPTIONS on, --inspect on, integrity off, asar-only off,
    // V8 snapshot off, file:// privileges on, and a ninth fuse this version of @electron/fuses does not know.
    const defaults = [ENABLE, DISABLE, ENABLE, ENABLE, DISABLE, DISABLE, DISABLE, ENABLE, ENABLE]
    const binary = Buffer.concat([Buffer.from('\x7fELF…code…'), Buffer.from(SENTINEL), Buffer.from([1, defaults.length, ...defaults]), Buffer.from('…more code…')])
    const path = join(dir, 'huibao')
    await writeFile(path, binary)
    const states = await applyFuses(path)
    expect(states).toMatchObject({
      RunAsNode: 'off',
      EnableCookieEncryption: 'on',
      EnableNodeOptionsEnvironmentVariable: 'off',
      EnableNodeCliInspectArguments: 'off',
      EnableEmbeddedAsarIntegrityValidation: 'on',
      OnlyLoadAppFromAsar: 'on',
      LoadBrowserProcessSpecificV8Snapshot: 'off',
      GrantFileProtocolExtraPrivileges: 'off',
    })
    const after = await readFile(path)
    expect(after.length).toBe(binary.length)
    expect(after[after.indexOf(SENTINEL) + SENTINEL.length + 2 + 8]).toBe(ENABLE) // the unknown ninth fuse is left as it was
  })
})
