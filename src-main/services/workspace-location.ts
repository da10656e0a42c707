import { resolve } from 'node:path'

/** `--workspace DIR` wins over `HUIBAO_WORKSPACE`, which wins over the default folder. */
export function resolveWorkspace(argv: readonly string[], env: NodeJS.ProcessEnv, fallback: string): string {
  const index = argv.indexOf('--workspace')
  const fromFlag = index >= 0 ? argv[index + 1] : argv.find((a) => a.startsWith('--workspace='))?.slice('--workspace='.length)
  const chosen = fromFlag || env.HUIBAO_WORKSPACE || fallback
  return resolve(chosen)
}
