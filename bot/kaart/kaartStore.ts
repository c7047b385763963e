import { watch, type FSWatcher } from 'node:fs';
import { basename, dirname } from 'node:path';
import { Analyser } from '../analyser/analyser.js';
import type { Taal } from '../analyser/taal.js';
import { formatProblem, type KaartProblem } from './problem.js';
import { readKaartFile } from './readKaartFile.js';
import type { SocialeKaart } from './schema.js';

/** What the store serves, and how the last attempt to (re)load went. */
export interface KaartStatus {
  file: string;
  /** The version in use (the last good one). */
  versie: string;
  loadedAt: Date;
  /** False when the file on disk has errors and an older good version is still in use. */
  upToDate: boolean;
  /** Problems of the last load attempt: errors when it failed, warnings when it succeeded. */
  problems: KaartProblem[];
}

export interface KaartStoreOptions {
  taal: Taal;
  /** Waits this long after a change before reloading: editors write a file in several steps. */
  debounceMs?: number;
  today?: () => Date;
}

type Listener = (status: KaartStatus) => void;

/**
 * Holds the current sociale kaart and its analyser, and reloads them when the file changes.
 * An invalid edit keeps the last good version in use and reports where the error is.
 */
export class KaartStore {
  private current: { kaart: SocialeKaart; analyser: Analyser };
  private state: KaartStatus;
  private watcher: FSWatcher | undefined;
  private timer: NodeJS.Timeout | undefined;
  private readonly listeners = new Set<Listener>();

  private constructor(
    private readonly file: string,
    private readonly options: KaartStoreOptions,
    kaart: SocialeKaart,
    problems: KaartProblem[],
  ) {
    this.current = { kaart, analyser: new Analyser(kaart, options.taal) };
    this.state = { file, versie: kaart.versie, loadedAt: new Date(), upToDate: true, problems };
  }

  /** Loads the kaart; throws with every error's place when there is no good version to serve. */
  static open(file: string, options: KaartStoreOptions): KaartStore {
    const { kaart, problems } = readKaartFile(file, options.today?.());
    if (!kaart) {
      const lines = problems.map((problem) => formatProblem(file, problem)).join('\n');
      throw new Error(`KaartStore.open(): the kaart has errors:\n${lines}`);
    }
    return new KaartStore(file, options, kaart, problems);
  }

  get kaart(): SocialeKaart {
    return this.current.kaart;
  }

  get analyser(): Analyser {
    return this.current.analyser;
  }

  status(): KaartStatus {
    return this.state;
  }

  /**
   * Reads the file again now. Keeps the current kaart if the file has errors. Never throws: it
   * runs from the file watcher's timer, where an exception would stop the server.
   */
  reload(): KaartStatus {
    try {
      const { kaart, problems } = readKaartFile(this.file, this.options.today?.());
      if (kaart) {
        this.current = { kaart, analyser: new Analyser(kaart, this.options.taal) };
        this.state = {
          file: this.file,
          versie: kaart.versie,
          loadedAt: new Date(),
          upToDate: true,
          problems,
        };
      } else {
        this.state = { ...this.state, upToDate: false, problems };
      }
    } catch (error) {
      const message = `deze kaart kan niet worden geladen (${error instanceof Error ? error.message : String(error)})`;
      const problem: KaartProblem = {
        severity: 'error',
        message: message.slice(0, 200),
        line: 1,
        column: 1,
        path: [],
      };
      this.state = { ...this.state, upToDate: false, problems: [problem] };
    }
    for (const listener of this.listeners) {
      try {
        listener(this.state);
      } catch {
        // A listener's own fault (a log that cannot write) must not stop the others, or the server.
      }
    }
    return this.state;
  }

  /** Calls `listener` after every reload attempt; returns a function that stops it. */
  onReload(listener: Listener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  /** Starts watching the file. Watches its folder, as editors often save by renaming a new file. */
  watch(): void {
    if (this.watcher) return;
    const name = basename(this.file);
    this.watcher = watch(dirname(this.file), (_event, changed) => {
      if (changed !== null && changed !== name) return;
      clearTimeout(this.timer);
      this.timer = setTimeout(() => this.reload(), this.options.debounceMs ?? 150);
    });
    // An FSWatcher's error (the folder removed, too many watches) would otherwise be thrown
    // and end the process; the kaart in use stays, only the automatic reload stops.
    this.watcher.on('error', () => {
      this.watcher?.close();
      this.watcher = undefined;
    });
  }

  close(): void {
    clearTimeout(this.timer);
    this.watcher?.close();
    this.watcher = undefined;
    this.listeners.clear();
  }
}
