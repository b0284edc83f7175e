import { describe, expect, it } from 'vitest';
import { runCli } from '../readiness/cli-support.js';

describe('release-evidence <command>', () => {
  it.each([['toString'], ['constructor'], ['hasOwnProperty', 'x'], ['__proto__']])(
    'treats %s, an Object.prototype member, as an unknown command (exit 2)',
    async (...argv) => {
      const result = await runCli(argv);
      expect(result.code).toBe(2);
      expect(result.stderr).toContain(`error: Unknown command ${argv[0]}`);
    },
  );
});
