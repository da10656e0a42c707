/**
 * What every command of the `huibao` command line shares: argument parsing, the command shape, one-line
 * errors, and reading a JSON input file against its schema.
 */
import { readFile } from 'node:fs/promises'
import type { z } from 'zod'

export interface ParsedArgs {
  command: string | null
  positionals: string[]
  /** Each flag's last value (`true` for a flag without a value). */
  flags: Map<string, string | true>
  /** Every value of a flag given more than once, in order (`--report A.json --report B.json`). */
  repeated: Map<string, string[]>
}

export interface CliIO {
  out: (s: string) => void
  err: (s: string) => void
}

export interface CommandContext {
  args: ParsedArgs
  /** --workspace DIR or HUIBAO_WORKSPACE; accepted by every command. */
  workspace: string | null
  io: CliIO
}

export interface Command {
  usage: string
  summary: string
  /** Flags that take a value (`--out FILE`); all others are boolean. */
  valueFlags?: string[]
  run: (ctx: CommandContext) => Promise<number>
}

/** A failure to report to the user as one line. */
export class CliError extends Error {
  constructor(message: string) {
    super(message)
    this.name = 'CliError'
  }
}

/**
 * Errors whose message is already one sentence for the user: ours, and the services' own (import, PDF and
 * PPTX export). Known by name, so the entry point need not load the services to recognise them.
 */
const USER_FACING_ERRORS = new Set(['CliError', 'ImportError', 'PdfExportError', 'PptxExportError'])

export function isUserFacingError(error: unknown): error is Error {
  return error instanceof Error && USER_FACING_ERRORS.has(error.name)
}

const GLOBAL_VALUE_FLAGS = ['workspace']
const ALIASES: Record<string, string> = { o: 'out' }

export function parseArgs(argv: string[], valueFlagsFor: (command: string | null) => string[]): ParsedArgs {
  const flags = new Map<string, string | true>()
  const repeated = new Map<string, string[]>()
  const setValue = (name: string, value: string) => {
    flags.set(name, value)
    repeated.set(name, [...(repeated.get(name) ?? []), value])
  }
  const positionals: string[] = []
  let command: string | null = null
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i] as string
    if (a === '--') {
      positionals.push(...argv.slice(i + 1))
      break
    }
    if (a.startsWith('-') && a.length > 1) {
      const body = a.replace(/^--?/, '')
      const eq = body.indexOf('=')
      const rawName = eq >= 0 ? body.slice(0, eq) : body
      const name = ALIASES[rawName] ?? rawName
      if (eq >= 0) {
        setValue(name, body.slice(eq + 1))
      } else if ([...GLOBAL_VALUE_FLAGS, ...valueFlagsFor(command)].includes(name)) {
        const v = argv[i + 1]
        if (v === undefined) throw new CliError(`选项 --${name} 需要一个值。`)
        setValue(name, v)
        i++
      } else {
        flags.set(name, true)
      }
      continue
    }
    if (command === null) command = a
    else positionals.push(a)
  }
  return { command, positionals, flags, repeated }
}

export function describeFsError(error: unknown, file: string): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return `找不到文件：${file}`
  if (code === 'EISDIR') return `“${file}”是一个文件夹，不是文件。`
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取文件：${file}`
  return null
}

/** Reads FILE as JSON and checks it against SCHEMA; every failure is one Chinese line. */
export async function readJson<S extends z.ZodType>(file: string, schema: S, what: string): Promise<z.infer<S>> {
  let text: string
  try {
    text = await readFile(file, 'utf8')
  } catch (error) {
    throw new CliError(describeFsError(error, file) ?? `无法读取文件：${file}`)
  }
  let data: unknown
  try {
    data = JSON.parse(text.replace(/^\uFEFF/, ''))
  } catch {
    throw new CliError(`“${file}”不是有效的 JSON 文件。`)
  }
  const parsed = schema.safeParse(data)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const where = issue && issue.path.length > 0 ? `（${issue.path.join('.')}）` : ''
    throw new CliError(`“${file}”不是${what}${where}。`)
  }
  return parsed.data
}

export function stringFlag(flags: Map<string, string | true>, name: string): string | undefined {
  const v = flags.get(name)
  if (v === true) throw new CliError(`选项 --${name} 需要一个值。`)
  return v
}
