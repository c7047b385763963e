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
  'terugbellen',
  'terugbellen-telefoon',
  'terugbellen-moment',
  'terugkomst',
] as const;
export type StepId = (typeof STEP_IDS)[number];

/** Follow-up steps, named after the step they belong to when a returning resident is told where they were. */
const FOLLOW_UPS = {
  'levensgebied-kiezen': 'levensgebieden',
  'samenvatting-aanpassen': 'samenvatting',
} as const;
/** Steps that are not part of the case's progress: nothing to resume there. */
const INTERLUDES = [
  'vervolg',
  'persoon',
  'terugbellen',
  'terugbellen-telefoon',
  'terugbellen-moment',
  'terugkomst',
] as const;
type Interlude = (typeof INTERLUDES)[number];
export type NamedStep = Exclude<StepId, keyof typeof FOLLOW_UPS | Interlude>;

/** The step to name for `step`, or undefined for a step that is no progress of its own. */
export function namedStep(step: StepId): NamedStep | undefined {
  if (step === 'levensgebied-kiezen' || step === 'samenvatting-aanpassen') return FOLLOW_UPS[step];
  return isInterlude(step) ? undefined : step;
}

function isInterlude(step: StepId): step is Interlude {
  return INTERLUDES.some((interlude) => interlude === step);
}
