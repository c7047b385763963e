/** What a scripted resident sends: typed text, a button's id, or opening the chat. */
export type ScriptInput = string | { choice: string } | 'join';

/** A full intake to one outcome, as the tests walk it: the benchmark's residents replay these. */
export interface ResidentScript {
  outcome: 'information' | 'handover' | 'gap' | 'crisis' | 'staff';
  inputs: ScriptInput[];
}

const yes = { choice: 'yes' };
const no = { choice: 'no' };

export const RESIDENT_SCRIPTS: readonly ResidentScript[] = [
  {
    outcome: 'information',
    inputs: ['join', yes, 'Hoe vraag ik huishoudelijke hulp aan via de Wmo?', 'nee', 'ja hoor', 'ja'],
  },
  {
    outcome: 'handover',
    inputs: [
      'Ik heb een licht verstandelijke beperking. Ik kan mijn huur niet betalen en heb schulden.',
      'akkoord',
      { choice: 'nee' },
      { choice: 'nee' },
      { choice: 'tijdens-zorg' },
      { choice: 'mee-voorbeeld' },
      "bel me op 06-12345678, liefst 's ochtends",
      yes,
    ],
  },
  {
    outcome: 'gap',
    inputs: ['join', yes, 'Ik ben mijn baan kwijt en ik weet het niet meer', { choice: 'geen' }, no],
  },
  { outcome: 'crisis', inputs: ['join', yes, 'Ik wil niet meer leven'] },
  {
    outcome: 'staff',
    inputs: ['join', yes, 'Mijn moeder van 84 vergeet steeds meer', 'ik wil graag een medewerker spreken'],
  },
];
