/**
 * Figures measured on main at 9699706, before the work of issue 17, with the same methods as the benches
 * that print them beside today's (2-core machine shared with other builds; interleaved, medians).
 */
export const BEFORE = {
  /** `npm run cli -- --help`, spawn → exit, tsx compiling the sources. */
  cliHelpMs: 1775,
  /** `npm run cli -- pdf` of the 50 plain text slides, spawn → exit. */
  cliPdfText50Ms: 2344,
  /** Marp CLI 4 (Debian Chromium) on the same 50 slides as markdown, spawn → exit, interleaved with the above. */
  marpText50Ms: 2287,
  /** renderBriefingPdf of the 50 text slides in a warm process. */
  inProcessText50Ms: 142,
  /** renderBriefingPdf of the 50-slide sample deck (charts, KPI cards), 1 slide per page, warm. */
  inProcessSample50Ms: 305,
  /** exportPdf through the web host's api, the 50-slide sample deck, each export (a fresh worker every time). */
  appExportSample50Ms: 2040,
  /** `npm run web` spawn → the URL printed (nothing to rebuild). */
  webUrlMs: 2359,
  /** `npm run web` spawn → the first report row painted in Chromium. */
  webPaintedMs: 3727,
  /** Bytes the library's first load fetches (resource timing, decoded). */
  firstLoadBytes: 21_860_000,
  /** The first script (index-*.js). */
  firstScriptBytes: 745_127,
  /**
   * Before the second round of issue 17 (lazy ECharts in the PDF, code cache, the host listening first), on
   * main at 6d50fd0: `npx tsx bench/run.ts cli` (interleaved, medians), and the web host's start measured
   * interleaved with this round's (9 rounds each, spawn → URL printed, nothing to rebuild).
   */
  round2: {
    commit: '6d50fd0',
    how: 'bench/cli.bench.ts at 6d50fd0, medians of 5 interleaved rounds',
    /** `node bin/huibao.mjs pdf` of the 50 text slides, spawn → exit. */
    cliPdfNodeMs: 738,
    /** `npm run cli -- pdf`, the README's command then. */
    cliPdfNpmMs: 1011,
    /** Marp CLI 4 on the same deck, in the same run. */
    marpMs: 2627,
    /** renderBriefingPdf of the 50 text slides in a warm process, in the same run. */
    inProcessMs: 180,
    /** `npm run web` spawn → URL printed. */
    webUrlNpmMs: 1213,
    /** `node bin/huibao-web.mjs` spawn → URL printed. */
    webUrlNodeMs: 706,
  },
} as const
