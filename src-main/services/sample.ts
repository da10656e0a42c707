import { readdir, readFile, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { WorkspaceStore } from './workspace-store'
import { importReportFile } from './import'

const MARKER = '.sample-added'

/**
 * On first run, with an empty workspace, adds the bundled sample report so a new user sees real content
 * at once. A marker file records that it was done, so deleting the sample does not bring it back.
 */
export async function addSampleOnFirstRun(store: WorkspaceStore, sampleDir: string): Promise<boolean> {
  const marker = join(store.root, MARKER)
  if (await readFile(marker).then(() => true, () => false)) return false
  const library = await store.list()
  const empty = library.reports.length + library.briefings.length + library.damaged.length + library.trash.length === 0
  if (empty) {
    for (const name of (await readdir(sampleDir)).filter((n) => /\.(txt|md|docx)$/i.test(n)).sort()) {
      const content = await importReportFile(await readFile(join(sampleDir, name)), name)
      await store.create('report', content)
    }
  }
  await writeFile(marker, `${new Date().toISOString()}\n`)
  return empty
}
