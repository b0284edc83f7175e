// The bundle's entry: `node action/dist/index.mjs`, as the runner starts a `node20` action.
import { runAction } from './main.js';

process.exitCode = await runAction(process.env);
