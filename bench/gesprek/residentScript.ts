import type { AnswerEntry, ScriptedResident } from './residentFile.js';

/** What a scripted resident sends next; remembers how often each step was answered from `antwoorden`. */
export class ResidentScript {
  private readonly answered = new Map<string, number>();

  constructor(private readonly resident: ScriptedResident) {}

  /**
   * Message number `messageNumber` (1 is the opening) when the bot asks `step`, or undefined
   * when the script has no answer for that step.
   */
  next(messageNumber: number, step: string | undefined): AnswerEntry | undefined {
    const instead = this.resident.later?.[String(messageNumber)];
    if (instead !== undefined) return instead;
    if (messageNumber === 1) return this.resident.opening;
    if (step === undefined) return undefined;
    const answer = Object.hasOwn(this.resident.antwoorden, step) ? this.resident.antwoorden[step] : undefined;
    if (answer === undefined) return this.resident.standaard;
    if (!Array.isArray(answer)) return answer;
    const times = (this.answered.get(step) ?? 0) + 1;
    this.answered.set(step, times);
    // The last entry repeats: a resident who said "nee" twice keeps saying it.
    return answer[Math.min(times, answer.length) - 1];
  }
}
