import { Channels, type TurnContext } from 'botbuilder';

/** A Teams conversation with more people than the resident: a group chat or a team's channel. */
export function isTeamsGroup(context: TurnContext): boolean {
  const { activity } = context;
  return activity.channelId === Channels.Msteams && activity.conversation.conversationType !== 'personal';
}

/**
 * Whether this conversationUpdate opens a conversation with a resident. Web Chat and Direct
 * Line add the resident as a member; Teams, when someone installs the app for themselves, adds
 * only the bot, in a personal conversation.
 */
export function residentJoined(context: TurnContext): boolean {
  const { activity } = context;
  const added = activity.membersAdded ?? [];
  if (added.some((member) => member.id !== activity.recipient.id)) return true;
  return (
    activity.channelId === Channels.Msteams &&
    activity.conversation.conversationType === 'personal' &&
    added.some((member) => member.id === activity.recipient.id)
  );
}
