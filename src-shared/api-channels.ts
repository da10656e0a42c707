/**
 * The names of the api entries and their IPC channels, without the schemas, so the sandboxed preload
 * stays small. `api.ts` checks at compile time that its entries are exactly these names.
 */
export const API_NAMES = [
  'appInfo',
  'listLibrary',
  'getReport',
  'saveReport',
  'importReportFile',
  'importReportText',
  'createBriefing',
  'draftBriefing',
  'getBriefing',
  'saveBriefing',
  'renameItem',
  'duplicateItem',
  'deleteItem',
  'restoreFromTrash',
  'restoreBackup',
  'prepareExport',
  'exportPdf',
  'pdfPageCount',
  'exportPptx',
  'saveExportFile',
  'showInFolder',
  'swapDisplays',
  'addAsset',
  'getAsset',
] as const
export type ApiName = (typeof API_NAMES)[number]

/** The IPC channel of one api entry. The only invoke channels the preload may use. */
export const ipcChannel = (name: ApiName): string => `huibao:${name}`

/** Main → renderer: an application-menu command, e.g. “import-report”. */
export const MENU_CHANNEL = 'huibao:menu'
/**
 * The menu commands the page carries out. `desktop/menu.ts` gives each a label and a key (a
 * `Record<MenuAction, …>`), and the renderer's `useMenuDispatch` a default handler, so adding one here is
 * a compile error until both exist.
 */
export const MENU_ACTIONS = [
  'import-report',
  'new-briefing',
  'show-library',
  'undo',
  'redo',
  'present-start',
  'present-from-current',
  'show-help',
] as const
export type MenuAction = (typeof MENU_ACTIONS)[number]
