import type { KaartStore } from './kaartStore.js';

/**
 * The problems shown: enough to start fixing, not the whole of a file that may be thousands of
 * mistakes long (the health check is public). `wegwijzer kaart check` lists every one.
 */
const SHOWN_PROBLEMS = 20;

/** The kaart's status as the health check and the coordinator's console show it. */
export function kaartStatusView(store: KaartStore) {
  const status = store.status();
  return {
    versie: status.versie,
    loadedAt: status.loadedAt.toISOString(),
    upToDate: status.upToDate,
    problems: status.problems.slice(0, SHOWN_PROBLEMS).map(({ severity, line, column, message }) => ({
      severity,
      line,
      column,
      message,
    })),
    problemCount: status.problems.length,
  };
}
