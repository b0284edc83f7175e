// The Worker that carries the core into workerd: POST / runs the suite, GET /eval-probe reports whether code
// generation from strings is refused there, as it is in production Workers.
import { runPortableSuite, type SuiteInputs } from './portable-suite.js';

function evalProbe(): string {
  try {
    const compiled = new Function('return 40 + 2') as () => number;
    return `allowed:${compiled()}`;
  } catch (error) {
    return `refused:${(error as Error).name}`;
  }
}

export default {
  async fetch(request: Request): Promise<Response> {
    if (new URL(request.url).pathname === '/eval-probe') return new Response(evalProbe());
    const inputs = (await request.json()) as SuiteInputs;
    return new Response(await runPortableSuite(inputs), { headers: { 'content-type': 'application/json' } });
  },
};
