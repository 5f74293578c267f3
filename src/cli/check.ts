// npm run check -- <board.json | board.png> [--case <template-id>] [--json]
import { nodeCheckIO, runCheck } from './run-check';

process.exitCode = await runCheck(process.argv.slice(2), nodeCheckIO());
