// The one logger. Tracklight's errors are contained and reported once per kind, so a broken
// page or a repeating failure never floods the console or reaches the host page.

const PREFIX = '[Tracklight]';
const reported = new Set<string>();

export const logger = {
  /** Logs an error the first time this kind occurs; later occurrences are counted silently. */
  errorOnce(kind: string, error: unknown): void {
    if (reported.has(kind)) return;
    reported.add(kind);
    console.warn(`${PREFIX} ${kind}:`, error instanceof Error ? error.message : error);
  },
  info(message: string): void {
    console.info(`${PREFIX} ${message}`);
  },
  /** For tests: forget which kinds were reported. */
  resetForTests(): void {
    reported.clear();
  },
};

/** Runs `work`, containing any error it throws; returns `fallback` then. */
export function contained<T>(kind: string, work: () => T, fallback: T): T {
  try {
    return work();
  } catch (error) {
    logger.errorOnce(kind, error);
    return fallback;
  }
}
