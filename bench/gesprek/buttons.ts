import type { Reply } from '../../tests/support/botServer.js';

/** A button as the bot sends it: a suggested action or a hero card button. */
export interface Button {
  type?: string;
  title?: string;
  text?: string;
  value?: unknown;
}

/** The buttons of a question: its suggested actions, or on Teams its hero card's buttons. */
export function buttonsOf(question: Reply | undefined): Button[] {
  if (!question) return [];
  if (question.suggestedActions) return question.suggestedActions.actions;
  return (question.attachments ?? []).flatMap(({ content }) =>
    typeof content === 'object' && content !== null && 'buttons' in content && Array.isArray(content.buttons)
      ? (content.buttons as Button[])
      : [],
  );
}

/** The first button whose label holds one of the fragments, case-insensitively. */
export function findButton(buttons: readonly Button[], fragments: readonly string[]): Button | undefined {
  const wanted = fragments.map((fragment) => fragment.toLowerCase());
  return buttons.find((button) =>
    wanted.some((fragment) => (button.title ?? '').toLowerCase().includes(fragment)),
  );
}

/**
 * The activity fields Web Chat posts for a click: for messageBack the action's text, its value
 * and the display text in `channelData.messageBack`; for imBack the value as typed text.
 */
export function clickActivity(button: Button): Record<string, unknown> {
  if (button.type === 'imBack') return { type: 'message', text: String(button.value ?? '') };
  if (button.type === 'postBack') return { type: 'message', text: '', value: button.value };
  const text = button.text ?? button.title ?? '';
  return { type: 'message', text, value: button.value, channelData: { messageBack: { displayText: text } } };
}
