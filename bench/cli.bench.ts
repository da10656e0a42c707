/**
 * The command line, whole process, as a user runs it (spawn → exit), interleaved with the in-process render
 * and with Marp CLI 4 on the same 50 plain text slides:
 * - `npm run cli -- --help` (the README's command) and `node bin/huibao.mjs --help` (the same without npm);
 * - `npm run cli -- pdf DECK.json -o OUT.pdf --layout 1` and `node bin/huibao.mjs pdf …`;
 * - `marp --pdf DECK.md` with Debian's Chromium (CHROME_PATH), when Marp is installed: set MARP_CLI to its
 *   binary, or install it outside the project (`cd /tmp/marp && npm i @marp-team/marp-cli@4`); skipped otherwise;
 * - `tsx src-main/cli/main.ts pdf …`: the sources compiled on every run, as `npm run cli` worked before;
 * - renderBriefingPdf of the same deck in this (warm) process.
 * One untimed warm-up of each case, then 5 rounds in rotating order; medians and ratios of medians.
 */
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { renderBriefingPdf } from '../src-main/services/pdf/export'
import { BEFORE } from './before'
import { textDeck, textDeckMarkdown } from './decks'
import { beforeAfter, describeCase, interleaved, median, ratio, timed, timeProcess, type Cases, type Timing } from './measure'

const SLIDES = 50
const dir = mkdtempSync(join(tmpdir(), 'huibao-bench-cli-'))
const deck = textDeck(SLIDES)
writeFileSync(join(dir, 'deck.json'), JSON.stringify(deck))
writeFileSync(join(dir, 'deck.md'), textDeckMarkdown(SLIDES))
const marp = [process.env.MARP_CLI, '/tmp/marp/node_modules/.bin/marp'].find((p): p is string => !!p && existsSync(p))
const chromium = process.env.HUIBAO_CHROMIUM ?? '/usr/bin/chromium'

function run(cmd: string, args: string[], env: NodeJS.ProcessEnv = process.env): () => Promise<Timing> {
  return async () => {
    const r = await timeProcess(cmd, args, { env })
    if (r.code !== 0) throw new Error(`${cmd} ${args.join(' ')} failed: ${r.stderr}`)
    return { wall: r.exit, cpu: r.cpu }
  }
}

const pdfArgs = (out: string) => ['pdf', join(dir, 'deck.json'), '-o', join(dir, out), '--layout', '1']
const tsx = join('node_modules', '.bin', 'tsx')
const cases: Cases = {
  'npm run cli -- --help': run('npm', ['run', '--silent', 'cli', '--', '--help']),
  'node bin/huibao.mjs --help': run(process.execPath, ['bin/huibao.mjs', '--help']),
  'npm run cli -- pdf': run('npm', ['run', '--silent', 'cli', '--', ...pdfArgs('npm.pdf')]),
  'node bin/huibao.mjs pdf': run(process.execPath, ['bin/huibao.mjs', ...pdfArgs('node.pdf')]),
  // How `npm run cli` ran before issue 17: the TypeScript sources compiled by tsx on every run.
  'tsx sources pdf (before)': run(tsx, ['src-main/cli/main.ts', ...pdfArgs('tsx.pdf')]),
  'in-process render': () => timed(() => renderBriefingPdf({ briefing: deck, options: { layout: '1' } })),
  ...(marp ? { 'marp --pdf': run(marp, ['--no-stdin', '--pdf', join(dir, 'deck.md'), '-o', join(dir, 'marp.pdf')], { ...process.env, CHROME_PATH: chromium }) } : {}),
}

try {
  console.log(`${SLIDES} plain text slides, 1 per page; spawn → exit (wall) and CPU time (user + system, children included); 1 warm-up, 5 interleaved rounds`)
  const s = await interleaved(cases, 5)
  for (const name of Object.keys(cases)) console.log(`  ${name.padEnd(28)} ${describeCase(s, name)}`)
  const m = (name: string) => median(s.wall[name]!)
  const mc = (name: string) => median(s.cpu[name]!)
  console.log(`--help (README command):     ${beforeAfter(BEFORE.cliHelpMs, m('npm run cli -- --help'))}`)
  console.log(`pdf, 50 slides (README):     ${beforeAfter(BEFORE.cliPdfText50Ms, m('npm run cli -- pdf'))}`)
  console.log(`npm's own share: ${Math.round(m('npm run cli -- pdf') - m('node bin/huibao.mjs pdf'))} ms of the README command`)
  console.log(`CLI / in-process render, wall: ${ratio(m('npm run cli -- pdf'), m('in-process render'))} through npm, ${ratio(m('node bin/huibao.mjs pdf'), m('in-process render'))} through node (goal beyond: within 2×)`)
  console.log(`CLI / in-process render, CPU:  ${ratio(mc('npm run cli -- pdf'), mc('in-process render'))} through npm, ${ratio(mc('node bin/huibao.mjs pdf'), mc('in-process render'))} through node`)
  console.log(`at this run's load, sources through tsx (before) / README command: wall ${ratio(m('tsx sources pdf (before)'), m('npm run cli -- pdf'))}, CPU ${ratio(mc('tsx sources pdf (before)'), mc('npm run cli -- pdf'))}`)
  if (marp) {
    console.log(`Marp / CLI, wall: ${ratio(m('marp --pdf'), m('npm run cli -- pdf'))} through npm, ${ratio(m('marp --pdf'), m('node bin/huibao.mjs pdf'))} through node (goal ≥ 4×; before: ${ratio(BEFORE.marpText50Ms, BEFORE.cliPdfText50Ms)})`)
    if (!Number.isNaN(mc('marp --pdf'))) console.log(`Marp / CLI, CPU:  ${ratio(mc('marp --pdf'), mc('npm run cli -- pdf'))} through npm, ${ratio(mc('marp --pdf'), mc('node bin/huibao.mjs pdf'))} through node`)
  } else {
    console.log('Marp CLI not found (set MARP_CLI, or install @marp-team/marp-cli@4 in /tmp/marp): comparison skipped')
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
