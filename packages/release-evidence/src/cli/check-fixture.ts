import { defineCliCommand } from './command.js';
import { UsageError } from './errors.js';

// Placeholder until this command lands; it refuses to run rather than pretend.
export default defineCliCommand({
  meta: { name: 'check-fixture', description: 'not available yet' },
  args: {},
  async run() {
    throw new UsageError('the check-fixture command is not available yet');
  },
});
