import { EventEmitter } from 'node:events';
import type restify from 'restify';
import type { Log } from '../log.js';

/** The logger restify takes (typed as bunyan's; restify itself only calls the level methods). */
type RestifyLogger = NonNullable<restify.ServerOptions['log']>;
type LogLevel = Parameters<RestifyLogger['addStream']>[0]['level'];

const WARN = 40;
const MAX_MESSAGE = 200;

/**
 * restify's logger, writing through Wegwijzer's Log. restify hands its logger whole requests
 * and responses ("could not format", "discarded returned value"), and a request carries its
 * body, its cookies and its Authorization header: only restify's own sentence is kept, and for
 * an error its name and status. Trace and debug, where restify logs every response in full,
 * are never on.
 */
export class RestifyLog extends EventEmitter implements RestifyLogger {
  fields: Record<string, unknown> = {};
  src = false;

  constructor(private readonly log: Log) {
    super();
  }

  addStream(): void {}
  addSerializers(): void {}
  reopenFileStreams(): void {}

  child(): RestifyLog {
    return this;
  }

  level(): number;
  level(value: LogLevel): void;
  level(): number | void {
    return WARN;
  }

  levels(): number[];
  levels(name: number | string): number;
  levels(name: number | string, value: LogLevel): void;
  levels(name?: number | string): number[] | number | void {
    return name === undefined ? [WARN] : WARN;
  }

  trace(): boolean {
    return false;
  }

  debug(): boolean {
    return false;
  }

  info(...args: unknown[]): boolean {
    return this.write('info', args);
  }

  warn(...args: unknown[]): boolean {
    return this.write('warn', args);
  }

  error(...args: unknown[]): boolean {
    return this.write('error', args);
  }

  fatal(...args: unknown[]): boolean {
    return this.write('error', args);
  }

  /** With no arguments restify asks whether the level is on; it is. */
  private write(level: 'info' | 'warn' | 'error', args: unknown[]): boolean {
    if (args.length === 0) return true;
    const sentence = args.find((arg): arg is string => typeof arg === 'string') ?? '';
    this.log[level]('restify', { message: sentence.slice(0, MAX_MESSAGE), ...errorOf(args[0]) });
    return true;
  }
}

/** The name and status of an error restify passes (as such, or as the `err` field), nothing more. */
function errorOf(first: unknown): Record<string, unknown> {
  const error =
    first instanceof Error
      ? first
      : typeof first === 'object' && first !== null && 'err' in first
        ? first.err
        : undefined;
  if (!(error instanceof Error)) return {};
  const status = 'statusCode' in error && typeof error.statusCode === 'number' ? error.statusCode : undefined;
  return { error: error.name, ...(status === undefined ? {} : { status }) };
}
