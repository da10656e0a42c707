/**
 * The `huibao` command line: `npm run cli -- import FILE --json [--workspace DIR]`.
 *
 * Commands live in one table; `draft` and `pdf` can be added next to `import` with their own value flags.
 * Every failure is one Chinese line on stderr and exit code 1 — never a stack trace.
 */
import { readFile, stat } from 'node:fs/promises'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ImportError, MAX_IMPORT_BYTES, IMPORT_MESSAGES, importReportFile } from './services/import-report'
import { draftCommand, pdfCommand } from './cli-pdf'

export interface ParsedArgs {
  command: string | null
  positionals: string[]
  flags: Map<string, string | true>
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

const GLOBAL_VALUE_FLAGS = ['workspace']
const ALIASES: Record<string, string> = { o: 'out' }

export function parseArgs(argv: string[], valueFlagsFor: (command: string | null) => string[]): ParsedArgs {
  const flags = new Map<string, string | true>()
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
        flags.set(name, body.slice(eq + 1))
      } else if ([...GLOBAL_VALUE_FLAGS, ...valueFlagsFor(command)].includes(name)) {
        const v = argv[i + 1]
        if (v === undefined) throw new CliError(`选项 --${name} 需要一个值。`)
        flags.set(name, v)
        i++
      } else {
        flags.set(name, true)
      }
      continue
    }
    if (command === null) command = a
    else positionals.push(a)
  }
  return { command, positionals, flags }
}

function describeFsError(error: unknown, file: string): string | null {
  const code = (error as NodeJS.ErrnoException | null)?.code
  if (code === 'ENOENT') return `找不到文件：${file}`
  if (code === 'EISDIR') return `“${file}”是一个文件夹，不是文件。`
  if (code === 'EACCES' || code === 'EPERM') return `没有权限读取文件：${file}`
  return null
}

const importCommand: Command = {
  usage: 'import FILE [--json] [--workspace DIR]',
  summary: '导入报告（.txt / .md / .docx），分析章节与指标；--json 输出完整报告 JSON',
  run: async ({ args, io }) => {
    const file = args.positionals[0]
    if (!file) throw new CliError('请指定要导入的文件：huibao import 文件 --json')
    let info
    try {
      info = await stat(file)
    } catch (error) {
      throw new CliError(describeFsError(error, file) ?? `无法读取文件：${file}`)
    }
    if (info.isDirectory()) throw new CliError(`“${file}”是一个文件夹，不是文件。`)
    if (!info.isFile()) throw new CliError(`“${file}”不是普通文件。`)
    if (info.size > MAX_IMPORT_BYTES) throw new CliError(IMPORT_MESSAGES.tooLarge)
    let bytes: Buffer
    try {
      bytes = await readFile(file)
    } catch (error) {
      throw new CliError(describeFsError(error, file) ?? `无法读取文件：${file}`)
    }
    const report = await importReportFile(bytes, file)
    if (args.flags.get('json') === true) {
      io.out(`${JSON.stringify(report, null, 2)}\n`)
    } else {
      io.out(
        `${report.title}\n章节 ${report.sections.length} 个，指标 ${report.metrics.length} 个（编码 ${report.source.encoding}）\n`,
      )
    }
    return 0
  },
}

/** The command table. Others add `draft` and `pdf` here. */
export const commands: Record<string, Command> = {
  import: importCommand,
  draft: draftCommand,
  pdf: pdfCommand,
}

function usage(): string {
  const lines = Object.entries(commands).map(([name, c]) => `  huibao ${c.usage}\n      ${c.summary}`)
  return `用法：\n${lines.join('\n')}\n`
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim()
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    const first = argv.find((a) => !a.startsWith('-')) ?? null
    const args = parseArgs(argv, (cmd) => commands[cmd ?? first ?? '']?.valueFlags ?? [])
    if (args.command === null || args.flags.get('help') === true || args.command === 'help') {
      if (args.command === null && argv.length > 0 && args.flags.get('help') !== true) {
        io.err('请指定命令，例如：huibao import 报告.txt --json\n')
        return 1
      }
      io.out(usage())
      return 0
    }
    const command = commands[args.command]
    if (!command) {
      io.err(`未知命令：${args.command}（可用命令：${Object.keys(commands).join('、')}）\n`)
      return 1
    }
    const ws = args.flags.get('workspace')
    const workspace = typeof ws === 'string' ? resolve(ws) : (process.env.HUIBAO_WORKSPACE ?? null)
    return await command.run({ args, workspace, io })
  } catch (error) {
    if (error instanceof CliError || error instanceof ImportError) {
      io.err(`${oneLine(error.message)}\n`)
    } else {
      const msg = error instanceof Error ? error.message : String(error)
      io.err(`出错了：${oneLine(msg) || '未知错误'}\n`)
    }
    return 1
  }
}

function isEntryPoint(): boolean {
  const entry = process.argv[1]
  if (!entry) return false
  try {
    return resolve(entry) === fileURLToPath(import.meta.url)
  } catch {
    return false
  }
}

if (isEntryPoint()) {
  // `huibao import … --json | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  })
  main(process.argv.slice(2), {
    out: (s) => process.stdout.write(s),
    err: (s) => process.stderr.write(s),
  }).then(
    (code) => {
      process.exitCode = code
    },
    () => {
      process.stderr.write('出错了：未知错误\n')
      process.exitCode = 1
    },
  )
}
