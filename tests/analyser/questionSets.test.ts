import { describe, expect, it } from 'vitest';
import { evaluate } from '../../bot/analyser/evaluation.js';
import { sampleAnalyser, sampleKaart } from '../support/sampleKaart.js';
import { QUESTION_SETS, loadQuestionSet } from './questionSets.js';

const analyser = sampleAnalyser();

describe('the analyser on labelled resident questions', () => {
  /** The crisis set's non-crisis questions are traps for false alarms, not typical topics. */
  const topicFloor = (name: string) => (name === 'crisisset' ? 0.7 : 0.85);

  it.each(QUESTION_SETS)(
    '%s: top-1 levensgebied, every crisis with its type, ≥ 85%% of doelgroepen',
    (name) => {
      const report = evaluate(analyser, loadQuestionSet(name));
      const misses = report.results
        .filter((result) => result.misses.length > 0)
        .map((r) => `${r.voorbeeld.vraag}: ${r.misses.join('; ')}`)
        .join('\n');
      expect(report.top1.total).toBeGreaterThan(25);
      expect(report.top1.correct / report.top1.total, misses).toBeGreaterThanOrEqual(topicFloor(name));
      expect(report.crisisRecall.correct, misses).toBe(report.crisisRecall.total);
      expect(report.doelgroepRecall.found / report.doelgroepRecall.total).toBeGreaterThanOrEqual(0.85);
    },
  );

  it('raises no false crisis in any set', () => {
    const falseCrises = QUESTION_SETS.flatMap((name) =>
      evaluate(analyser, loadQuestionSet(name)).results.filter((result) => result.falseCrisis),
    );
    expect(falseCrises.map((result) => result.voorbeeld.vraag)).toEqual([]);
  });

  it('the development set has at least 150 questions, crises of every type among them', () => {
    const questions = loadQuestionSet('devset');
    expect(questions.length).toBeGreaterThanOrEqual(150);
    expect(new Set(questions.map((question) => question.crisis))).toEqual(
      new Set([null, 'suicide', 'violence', 'acute']),
    );
  });

  it("passes every one of the coordinators' own voorbeelden in the sample kaart", () => {
    const report = evaluate(analyser, sampleKaart().voorbeelden);
    expect(report.results.flatMap((result) => result.misses)).toEqual([]);
  });
});
