import type { KaartStore } from './kaartStore.js';

/** The kaart's status as the health check and the coordinator's console show it. */
export function kaartStatusView(store: KaartStore) {
  const status = store.status();
  return {
    versie: status.versie,
    loadedAt: status.loadedAt.toISOString(),
    upToDate: status.upToDate,
    problems: status.problems.map(({ severity, line, column, message }) => ({
      severity,
      line,
      column,
      message,
    })),
  };
}
