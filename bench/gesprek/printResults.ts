import type { ConversationResult, TranscriptLine } from './conversation.js';
import type { GroupFigures, Summary } from './summary.js';

const HEADER = [
  'expected',
  'residents',
  'right',
  'right %',
  'turns med',
  'turns max',
  'right: med',
  'right: max',
  'repeats',
];

/** The table per expected outcome with an overall row, as lines of text. */
export function summaryTable(summary: Summary): string[] {
  const rows = [
    ...summary.perOutcome.map(({ outcome, figures }) => row(outcome, figures)),
    row('overall', summary.overall),
  ];
  const widths = HEADER.map((title, column) =>
    Math.max(title.length, ...rows.map((cells) => cells[column]!.length)),
  );
  const line = (cells: string[]) =>
    cells
      .map((cell, column) => (column === 0 ? cell.padEnd(widths[column]!) : cell.padStart(widths[column]!)))
      .join('  ');
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  return [line(HEADER), rule, ...rows.slice(0, -1).map(line), rule, line(rows.at(-1)!)];
}

function row(name: string, figures: GroupFigures): string[] {
  const rate = figures.residents > 0 ? `${Math.round((100 * figures.right) / figures.residents)}%` : '-';
  return [
    name,
    String(figures.residents),
    String(figures.right),
    rate,
    number(figures.medianTurns),
    number(figures.maxTurns),
    number(figures.medianTurnsRight),
    number(figures.maxTurnsRight),
    String(figures.repeatsAfterClick),
  ];
}

const number = (value: number): string => (Number.isNaN(value) ? '-' : String(Math.round(value * 10) / 10));

/** What a run ended with, for a reader: "handover (mee-voorbeeld)", "stuck at moment"... */
export function gotOf(result: ConversationResult): string {
  if (!result.outcome) return result.ending;
  const providers = result.outcome.providers.length > 0 ? ` (${result.outcome.providers.join(', ')})` : '';
  return `${result.outcome.type}${providers}`;
}

/** What the resident expected, for a reader. */
export function expectedOf(result: ConversationResult): string {
  const { uitkomst, aanbieders } = result.resident.verwacht;
  return aanbieders ? `${uitkomst} (${aanbieders.join(' | ')})` : uitkomst;
}

/**
 * A run's transcript: the bot's messages with their step and buttons, and what the resident sent.
 * An exchange that repeats the one before it (a loop) is counted instead of printed again.
 */
export function transcriptLines(result: ConversationResult): string[] {
  const exchanges: string[][] = [[]];
  for (const line of result.transcript) {
    if (line.from === 'resident') exchanges.push([]);
    exchanges.at(-1)!.push(...render(line));
  }
  const lines: string[] = [];
  let repeats = 0;
  exchanges.forEach((exchange, index) => {
    const same = index > 0 && exchange.join('\n') === exchanges[index - 1]!.join('\n');
    if (same) repeats++;
    if (repeats > 0 && (!same || index === exchanges.length - 1)) {
      lines.push(`    (the same exchange ${repeats} more time${repeats === 1 ? '' : 's'})`);
      repeats = 0;
    }
    if (!same) lines.push(...exchange);
  });
  return lines;
}

function render(line: TranscriptLine): string[] {
  if (line.from === 'resident') return [`    > ${line.clicked ? `[${line.text}]` : line.text}`];
  const head = `    bot${line.step ? ` [${line.step}]` : ''}: `;
  const buttons = line.buttons ? [`        buttons: ${line.buttons.join(' | ')}`] : [];
  return [head + line.text.replace(/\s*\n\s*/g, ' / '), ...buttons];
}
