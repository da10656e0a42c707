/**
 * Child process for the crash test: saves one report again and again, as fast as it can, until it is
 * killed. Each revision N has the title `v<N>` and a body that repeats it, so a torn write shows.
 */
import { WorkspaceStore } from '../../src-main/services/workspace-store'

const [root, id] = process.argv.slice(2)
if (!root || !id) throw new Error('usage: save-loop ROOT ID')
const store = new WorkspaceStore(root)
await store.init()
process.stdout.write('ready\n')
for (;;) {
  const { doc } = await store.read('report', id)
  const next = doc.revision + 1
  await store.save('report', { ...doc, title: `v${next}`, text: `v${next} `.repeat(2000 + (next % 7) * 500) }, doc.revision)
}
