/**
 * `npm run flip-fuses -- PATH_TO_PACKAGED_ELECTRON_BINARY`: writes FUSES (fuses.ts) into a packaged
 * app's Electron binary (Windows: 汇报 Huibao.exe; macOS: the .app) and prints the fuse wire it now has.
 * Run it on the packaged copy, after packaging and before signing. There is no packaging step yet.
 */
import { flipFuses, getCurrentFuseWire, FuseV1Options } from '@electron/fuses'
import { fileURLToPath } from 'node:url'
import { FUSES } from './fuses'

export type FuseStates = Partial<Record<keyof typeof FuseV1Options, 'on' | 'off' | 'removed' | 'inherit'>>

const STATE_NAMES: Record<number, 'on' | 'off' | 'removed' | 'inherit'> = { 48: 'off', 49: 'on', 114: 'removed', 144: 'inherit' }

/** Flips the fuses in the binary at `path` and returns their states as read back from it. */
export async function applyFuses(path: string): Promise<FuseStates> {
  await flipFuses(path, { ...FUSES, resetAdHocDarwinSignature: process.platform === 'darwin' && process.arch === 'arm64' })
  const wire = (await getCurrentFuseWire(path)) as unknown as Record<number, number>
  const states: FuseStates = {}
  for (const [name, index] of Object.entries(FuseV1Options)) {
    if (typeof index === 'number' && wire[index] !== undefined) states[name as keyof typeof FuseV1Options] = STATE_NAMES[wire[index]] ?? 'inherit'
  }
  return states
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const path = process.argv[2]
  if (!path) {
    process.stderr.write('用法：npm run flip-fuses -- 打包后的程序路径\n')
    process.exit(2)
  }
  applyFuses(path).then(
    (states) => process.stdout.write(`${JSON.stringify(states, null, 2)}\n`),
    (error: unknown) => {
      process.stderr.write(`无法设置熔断开关：${error instanceof Error ? error.message : String(error)}\n`)
      process.exit(1)
    },
  )
}
