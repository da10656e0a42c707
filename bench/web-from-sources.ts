/** The web host from its TypeScript sources through tsx, as `npm run web` started it before issue 17 (bench only). */
import { runWebHost } from '../src-main/web/main'

await runWebHost(process.argv.slice(2))
