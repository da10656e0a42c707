/**
 * The `huibao` command line: `node bin/huibao.mjs COMMAND …` (or `npm run cli -- COMMAND …`). One file per command
 * (import.ts, draft.ts, compare.ts, pdf.ts, pptx.ts), argument parsing and the command shape in args.ts; this file holds the
 * command table and the entry point. A command's module is loaded only when it runs (or for `--help`), so
 * each command pays only for what it uses. Every failure is one Chinese line on stderr and exit code 1 —
 * never a stack trace.
 *
 * Built to `out/node/cli.js` and started by `bin/huibao.mjs`, which rebuilds it first when a source is newer.
 */
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { isUserFacingError, parseArgs, type CliIO, type Command } from './args'
import { errorMessage } from '../../src-shared/errors'

/** The command table: one loader per command file. */
export const commands = {
  import: () => import('./import').then((m) => m.importCommand),
  draft: () => import('./draft').then((m) => m.draftCommand),
  compare: () => import('./compare').then((m) => m.compareCommand),
  pdf: () => import('./pdf').then((m) => m.pdfCommand),
  pptx: () => import('./pptx').then((m) => m.pptxCommand),
} satisfies Record<string, () => Promise<Command>>

type CommandName = keyof typeof commands
const isCommandName = (name: string): name is CommandName => Object.hasOwn(commands, name)

async function usage(): Promise<string> {
  const loaded = await Promise.all(Object.values(commands).map((load) => load()))
  const lines = loaded.map((c) => `  huibao ${c.usage}\n      ${c.summary}`)
  return `用法：\n${lines.join('\n')}\n`
}

function oneLine(s: string): string {
  return s.replace(/\s*\n\s*/g, ' ').trim()
}

export async function main(argv: string[], io: CliIO): Promise<number> {
  try {
    // Find the command with the global flags only, then parse again knowing which of its flags take values.
    const named = parseArgs(argv, () => []).command
    const command = named !== null && isCommandName(named) ? await commands[named]() : null
    const args = parseArgs(argv, () => command?.valueFlags ?? [])
    if (args.command === null || args.flags.get('help') === true || args.command === 'help') {
      if (args.command === null && argv.length > 0 && args.flags.get('help') !== true) {
        io.err('请指定命令，例如：huibao import 报告.txt --json\n')
        return 1
      }
      io.out(await usage())
      return 0
    }
    if (!command) {
      io.err(`未知命令：${args.command}（可用命令：${Object.keys(commands).join('、')}）\n`)
      return 1
    }
    const ws = args.flags.get('workspace')
    const workspace = typeof ws === 'string' ? resolve(ws) : (process.env.HUIBAO_WORKSPACE ?? null)
    return await command.run({ args, workspace, io })
  } catch (error) {
    if (isUserFacingError(error)) {
      io.err(`${oneLine(error.message)}\n`)
    } else {
      const msg = errorMessage(error)
      io.err(`出错了：${oneLine(msg) || '未知错误'}\n`)
    }
    return 1
  }
}

/** Runs the command line on this process's arguments and streams, and sets its exit code. */
export async function runCli(): Promise<void> {
  // `huibao import … --json | head` closes the pipe early: that is not an error worth a stack trace.
  process.stdout.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0)
  })
  try {
    process.exitCode = await main(process.argv.slice(2), {
      out: (s) => process.stdout.write(s),
      err: (s) => process.stderr.write(s),
    })
  } catch {
    process.stderr.write('出错了：未知错误\n')
    process.exitCode = 1
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

// `tsx src-main/cli/main.ts …` runs the sources directly (development); the bundle is started by bin/huibao.mjs.
if (isEntryPoint()) void runCli()
