import { ActionTypes, type Activity, type CardAction, CardFactory, Channels, InputHints } from 'botbuilder';
import type { StepId } from '../../bot/intake/steps.js';

/** A choice offered to the resident: a stable id the code uses, and the label the resident sees. */
export interface ChoiceOption {
  id: string;
  label: string;
  /** Other words a resident may type for this choice. */
  synonyms?: readonly string[];
  /** The choice a typed yes or no stands for, when its id is not `yes` or `no` ("Iets anders" is a no). */
  means?: 'yes' | 'no';
}

/** The `value` a choice button sends: the id, never the display text. */
export interface ChoiceValue {
  choice: string;
}

function button(option: ChoiceOption): CardAction {
  const value: ChoiceValue = { choice: option.id };
  // messageBack shows the label in the transcript and sends the id as value: both Web Chat and Teams.
  return {
    type: ActionTypes.MessageBack,
    title: option.label,
    text: option.label,
    displayText: option.label,
    value,
  };
}

/**
 * A question with choices, rendered for the channel: suggested actions where they work well
 * (Web Chat, Direct Line, Emulator), a hero card elsewhere, as Teams shows at most three
 * suggested actions and drops them from the history.
 */
export function choiceActivity(
  channelId: string,
  step: StepId,
  text: string,
  options: ChoiceOption[],
): Partial<Activity> {
  const channelData = { wegwijzer: { step } };
  const buttons = options.map(button);
  if (channelId === Channels.Msteams) {
    return {
      type: 'message',
      inputHint: InputHints.ExpectingInput,
      attachments: [CardFactory.heroCard('', text, undefined, buttons)],
      channelData,
    };
  }
  return {
    type: 'message',
    text,
    inputHint: InputHints.ExpectingInput,
    suggestedActions: { actions: buttons, to: [] },
    channelData,
  };
}

/** A question answered in the resident's own words. */
export function textActivity(step: StepId, text: string): Partial<Activity> {
  return {
    type: 'message',
    text,
    inputHint: InputHints.ExpectingInput,
    channelData: { wegwijzer: { step } },
  };
}
