/**
 * The command line, whole process, as a user runs it (spawn → exit), interleaved with the in-process render
 * and with Marp CLI 4 on the same 50 plain text slides:
 * - `node bin/huibao.mjs --help` (the README's command) and `npm run cli -- --help` (the same through npm);
 * - `node bin/huibao.mjs pdf DECK.json -o OUT.pdf --layout 1`, the same through `npm run cli --`, and the
 *   same without the code cache (HUIBAO_NO_CODE_CACHE=1, as the first run after `npm ci` compiles);
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
import { beforeAfter, describeCase, interleaved, median, ms, ratio, timed, timeProcess, type Cases, type Timing } from './measure'

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
  'node bin/huibao.mjs --help': run(process.execPath, ['bin/huibao.mjs', '--help']),
  'npm run cli -- --help': run('npm', ['run', '--silent', 'cli', '--', '--help']),
  'node bin/huibao.mjs pdf': run(process.execPath, ['bin/huibao.mjs', ...pdfArgs('node.pdf')]),
  'npm run cli -- pdf': run('npm', ['run', '--silent', 'cli', '--', ...pdfArgs('npm.pdf')]),
  'pdf without code cache': run(process.execPath, ['bin/huibao.mjs', ...pdfArgs('nocache.pdf')], { ...process.env, HUIBAO_NO_CODE_CACHE: '1' }),
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
  console.log(`--help (README command):     ${beforeAfter(BEFORE.cliHelpMs, m('node bin/huibao.mjs --help'))}`)
  console.log(`pdf, 50 slides (README):     ${beforeAfter(BEFORE.cliPdfText50Ms, m('node bin/huibao.mjs pdf'))}`)
  console.log(`  before this round's work (${BEFORE.round2.commit}): node bin/huibao.mjs pdf ${ms(BEFORE.round2.cliPdfNodeMs)}, npm run cli -- pdf ${ms(BEFORE.round2.cliPdfNpmMs)}, Marp ${ms(BEFORE.round2.marpMs)} (${BEFORE.round2.how})`)
  console.log(`npm's own share: ${Math.round(m('npm run cli -- pdf') - m('node bin/huibao.mjs pdf'))} ms (wall), ${Math.round(mc('npm run cli -- pdf') - mc('node bin/huibao.mjs pdf'))} ms (CPU) per command`)
  console.log(`code cache: pdf without it / with it, wall ${ratio(m('pdf without code cache'), m('node bin/huibao.mjs pdf'))}, CPU ${ratio(mc('pdf without code cache'), mc('node bin/huibao.mjs pdf'))}`)
  console.log(`CLI / in-process render, wall: ${ratio(m('node bin/huibao.mjs pdf'), m('in-process render'))} (README command; goal beyond: within 2×), ${ratio(m('npm run cli -- pdf'), m('in-process render'))} through npm`)
  console.log(`CLI / in-process render, CPU:  ${ratio(mc('node bin/huibao.mjs pdf'), mc('in-process render'))} (README command), ${ratio(mc('npm run cli -- pdf'), mc('in-process render'))} through npm`)
  console.log(`at this run's load, sources through tsx (before) / README command: wall ${ratio(m('tsx sources pdf (before)'), m('node bin/huibao.mjs pdf'))}, CPU ${ratio(mc('tsx sources pdf (before)'), mc('node bin/huibao.mjs pdf'))}`)
  if (marp) {
    console.log(`Marp / CLI, wall: ${ratio(m('marp --pdf'), m('node bin/huibao.mjs pdf'))} (README command; goal ≥ 4×), ${ratio(m('marp --pdf'), m('npm run cli -- pdf'))} through npm (before issue 17: ${ratio(BEFORE.marpText50Ms, BEFORE.cliPdfText50Ms)}; before this round: ${ratio(BEFORE.round2.marpMs, BEFORE.round2.cliPdfNpmMs)} through npm, ${ratio(BEFORE.round2.marpMs, BEFORE.round2.cliPdfNodeMs)} through node)`)
    if (!Number.isNaN(mc('marp --pdf'))) console.log(`Marp / CLI, CPU:  ${ratio(mc('marp --pdf'), mc('node bin/huibao.mjs pdf'))} (README command), ${ratio(mc('marp --pdf'), mc('npm run cli -- pdf'))} through npm`)
  } else {
    console.log('Marp CLI not found (set MARP_CLI, or install @marp-team/marp-cli@4 in /tmp/marp): comparison skipped')
  }
} finally {
  rmSync(dir, { recursive: true, force: true })
}
