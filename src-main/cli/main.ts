/**
 * The `huibao` command line: `npm run cli -- COMMAND …`. One file per command (import.ts, draft.ts, pdf.ts),
 * argument parsing and the command shape in args.ts; this file holds the command table and the entry point.
 * Every failure is one Chinese line on stderr and exit code 1 — never a stack trace.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { ImportError } from '../services/import'
import { CliError, parseArgs, type CliIO, type Command } from './args'
import { draftCommand } from './draft'
import { importCommand } from './import'
import { pdfCommand } from './pdf'

/** The command table: one entry per command file. */
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
