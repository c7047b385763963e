import { type Answer, answerProblems } from './answers.js';
import { type CaseIds, type Stage, caseIds, warmUpJson } from './activityCases.js';
import { type Sent, send } from './send.js';

/** The Bot Framework endpoint. */
export const MESSAGES_PATH = '/api/messages';
const JSON_HEADERS = { 'content-type': 'application/json' };

/** Posts to the bot's endpoint. */
export function postToBot(base: string, sent: Sent): Promise<Answer> {
  return send(base, MESSAGES_PATH, sent);
}

/** Posts JSON text to the bot's endpoint. */
export function postJson(base: string, json: string): Promise<Answer> {
  return postToBot(base, { headers: JSON_HEADERS, body: json });
}

/**
 * A new conversation brought to `stage` by well-formed turns; `problems` says what went wrong
 * on the way, for the part of a case that is not fuzzed at all.
 */
export async function warmedUp(base: string, stage: Stage): Promise<{ ids: CaseIds; problems: string[] }> {
  const ids = caseIds();
  for (const json of warmUpJson(stage, ids)) {
    const answer = await postJson(base, json);
    if (answer.status !== 200) {
      return {
        ids,
        problems: [
          `a well-formed turn before the case failed: HTTP ${answer.status}`,
          ...answerProblems(answer),
        ],
      };
    }
  }
  return { ids, problems: [] };
}
