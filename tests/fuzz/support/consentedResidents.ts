import { ChatResident } from './chatResident.js';

/**
 * `count` residents, each in a conversation of their own, who opened the chat and agreed to
 * have it kept: from then on their state is written to disk on every turn.
 */
export async function consentedResidents(
  base: () => string,
  count: number,
  tag: string,
): Promise<{ residents: ChatResident[]; problems: string[] }> {
  const residents = Array.from(
    { length: count },
    (_, index) => new ChatResident(base, `fuzz-${tag}-user-${index}`, `fuzz-${tag}-conversation-${index}`),
  );
  const problems = (
    await Promise.all(
      residents.map(async (resident) => {
        const opened = await resident.join();
        const agreed = await resident.say({ choice: 'yes' });
        return opened.step === 'consent' && agreed.step === 'question'
          ? []
          : [
              `${resident.userId} could not give consent: steps ${opened.step} then ${agreed.step} (HTTP ${agreed.status})`,
            ];
      }),
    )
  ).flat();
  return { residents, problems };
}
