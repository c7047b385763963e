import { evaluate, ratio } from '../../bot/analyser/evaluation.js';
import { QUESTION_SETS, loadQuestionSet, type QuestionSetName } from './questionSets.js';
import { sampleAnalyser } from '../support/sampleKaart.js';

/**
 * Prints the analyser's figures on a question set: `npm run --silent analyser:eval [devset|blindset|blindset2|blindset3|blindset4|blindset5|blindset6|blindset7|blindset8|crisisset]`.
 */
const requested = process.argv[2] ?? 'devset';
const name =
  QUESTION_SETS.find((set) => set === requested) ??
  fail(`unknown set ${requested}; choose ${QUESTION_SETS.join(', ')}`);
const report = evaluate(sampleAnalyser(), loadQuestionSet(name));
console.log(`set: ${name}`);
for (const result of report.results) {
  if (result.misses.length > 0)
    console.log(`✗ ${result.voorbeeld.vraag}\n    ${result.misses.join('\n    ')}`);
}
console.log(`questions:                 ${report.results.length}`);
console.log(`top-1 levensgebied:        ${ratio(report.top1.correct, report.top1.total)}`);
console.log(`crisis recall (right type): ${ratio(report.crisisRecall.correct, report.crisisRecall.total)}`);
console.log(`false crises:              ${report.falseCrises}`);
console.log(
  `doelgroepen found:         ${ratio(report.doelgroepRecall.found, report.doelgroepRecall.total)}`,
);

function fail(message: string): QuestionSetName {
  console.error(message);
  process.exit(2);
}
