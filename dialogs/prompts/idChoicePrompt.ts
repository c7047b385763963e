import { Culture, recognizeBoolean } from '@microsoft/recognizers-text-suite';
import type { TurnContext } from 'botbuilder';
import {
  ChoicePrompt,
  type FoundChoice,
  type PromptOptions,
  type PromptRecognizerResult,
} from 'botbuilder-dialogs';

/**
 * Characters of a typed answer that the choice and yes/no recognizers read at most. A typed
 * answer to buttons is a few words, and the recognizers' time grows far faster than the text
 * (5 s for 10 kB, 40 s for 20 kB at the consent question): a longer text is not read as a choice
 * at all, and the question is asked again, as for any answer not understood.
 */
export const MAX_CHOICE_TEXT = 300;

function choiceFromValue(value: unknown): string | undefined {
  if (typeof value !== 'object' || value === null || !('choice' in value)) return undefined;
  return typeof value.choice === 'string' ? value.choice : undefined;
}

/**
 * A choice prompt that reads the id a button sends (`value.choice`) before the typed text, and
 * understands "ja hoor", "akkoord" and "liever niet" for yes/no questions. A button value that is
 * not among the choices (an old card, a forged value) is not an answer: the question is asked again,
 * as it is for a typed text longer than MAX_CHOICE_TEXT.
 */
export class IdChoicePrompt extends ChoicePrompt {
  protected override async onRecognize(
    context: TurnContext,
    state: object,
    options: PromptOptions,
  ): Promise<PromptRecognizerResult<FoundChoice>> {
    const choices = (options.choices ?? []).flatMap((choice) => (typeof choice === 'string' ? [] : [choice]));
    const id = choiceFromValue(context.activity.value);
    if (id !== undefined) {
      const index = choices.findIndex((choice) => choice.value === id);
      if (index >= 0) return { succeeded: true, value: { value: id, index, score: 1, synonym: id } };
      if (!context.activity.text) return { succeeded: false };
    }
    if ((context.activity.text?.length ?? 0) > MAX_CHOICE_TEXT) return { succeeded: false };
    const byText = await super.onRecognize(context, state, options);
    if (byText.succeeded) return byText;
    return this.recognizeYesNo(
      context,
      choices.map((choice) => choice.value),
    );
  }

  private recognizeYesNo(context: TurnContext, ids: string[]): PromptRecognizerResult<FoundChoice> {
    const text = context.activity.text;
    if (!text || !ids.includes('yes') || !ids.includes('no')) return { succeeded: false };
    const culture = context.activity.locale?.toLowerCase().startsWith('en') ? Culture.English : Culture.Dutch;
    const found = recognizeBoolean(text, culture)[0] ?? recognizeBoolean(text, Culture.English)[0];
    const resolution: unknown = found?.resolution;
    if (typeof resolution !== 'object' || resolution === null || !('value' in resolution))
      return { succeeded: false };
    const id = resolution.value === true ? 'yes' : 'no';
    return { succeeded: true, value: { value: id, index: ids.indexOf(id), score: 0.8, synonym: text } };
  }
}
