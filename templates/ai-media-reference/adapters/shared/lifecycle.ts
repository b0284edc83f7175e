/**
 * Everything an adapter starts (fake provider, Miniflare) is registered here, so that SIGINT/SIGTERM or an error
 * midway still closes servers and disposes workerd: the demo never leaves a process behind.
 */
type Cleanup = () => Promise<void>;

const cleanups = new Set<Cleanup>();
let handlersInstalled = false;

async function runCleanups(): Promise<void> {
  const pending = [...cleanups].reverse();
  cleanups.clear();
  for (const cleanup of pending) await cleanup().catch(() => undefined);
}

function onSignal(signal: NodeJS.Signals, exitCode: number): void {
  process.once(signal, () => {
    process.stderr.write(`\nreceived ${signal}; stopping local servers\n`);
    void runCleanups().finally(() => process.exit(exitCode));
  });
}

export function installSignalHandlers(): void {
  if (handlersInstalled) return;
  handlersInstalled = true;
  onSignal('SIGINT', 130);
  onSignal('SIGTERM', 143);
}

/** Runs `body` with a started resource and always stops it afterwards, also when a signal arrives meanwhile. */
export async function usingResource<R, T>(
  start: () => Promise<R>,
  stop: (resource: R) => Promise<void>,
  body: (resource: R) => Promise<T>,
): Promise<T> {
  const resource = await start();
  const cleanup: Cleanup = () => stop(resource);
  cleanups.add(cleanup);
  try {
    return await body(resource);
  } finally {
    if (cleanups.delete(cleanup)) await stop(resource);
  }
}
