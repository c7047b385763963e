import { AnswerReader } from '../../bot/answers/answerReader.js';

/** The reader built from the shipped knowledge/antwoorden.yaml and taal.yaml, once per test file. */
export const reader = AnswerReader.fromFiles();
