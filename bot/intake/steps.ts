/**
 * The ids of the questions the bot asks, sent as `channelData.wegwijzer.step` with every
 * question. Fixed: analytics, the staff console and tests rely on them.
 */
export const STEP_IDS = [
  'consent',
  'question',
  'levensgebieden',
  'levensgebied-kiezen',
  'voor-wie',
  'doelgroepen',
  'moment',
  'meetlat-zelf',
  'meetlat-regie',
  'meetlat-netwerk',
  'aanbieder',
  'contact',
  'contactmoment',
  'samenvatting',
  'samenvatting-aanpassen',
  'overdracht-akkoord',
  'geholpen',
  'vervolg',
  'persoon',
  'terugkomst',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Steps a returning resident can be reminded of by name (the others are follow-ups of these). */
export const NAMED_STEPS = [
  'consent',
  'question',
  'levensgebieden',
  'voor-wie',
  'doelgroepen',
  'moment',
  'meetlat-zelf',
  'meetlat-regie',
  'meetlat-netwerk',
  'aanbieder',
  'contact',
  'contactmoment',
  'samenvatting',
  'overdracht-akkoord',
  'geholpen',
] as const satisfies readonly StepId[];
export type NamedStep = (typeof NAMED_STEPS)[number];

/** The step to name for `step`: follow-up steps are named after the step they belong to. */
export function namedStep(step: StepId): NamedStep | undefined {
  if (step === 'levensgebied-kiezen') return 'levensgebieden';
  if (step === 'samenvatting-aanpassen') return 'samenvatting';
  return NAMED_STEPS.find((named) => named === step);
}
