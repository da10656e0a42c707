/**
 * Child process for the crash test: saves one report again and again, as fast as it can, until it is
 * killed. Each revision N has the title `v<N>` and a body that repeats it, so a torn write shows. After
 * each save it prints `saved <N>`: the test kills it after a number of acknowledged saves, never after
 * a time, so a busy machine changes nothing.
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
  const saved = await store.save('report', { ...doc, title: `v${next}`, text: `v${next} `.repeat(2000 + (next % 7) * 500) }, doc.revision)
  process.stdout.write(`saved ${saved.revision}\n`)
}
