import { defineCliCommand } from './command.js';
import { UsageError } from './errors.js';

// Placeholder until this command lands; it refuses to run rather than pretend.
export default defineCliCommand({
  meta: { name: 'scan', description: 'not available yet' },
  args: {},
  async run() {
    throw new UsageError('the scan command is not available yet');
  },
});
