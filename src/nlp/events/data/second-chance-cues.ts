/**
 * Words that name a happening in news wording but are too broad to be classifier features or core
 * cues ("sent 3,000 troops", "mortar rounds hit", "protests erupted", "the evacuation of soldiers").
 * Used only by the second-chance rule for reported happenings (index.ts), after the core cues, and
 * only in sentences the classifier does not rule out. Written from the PLOVER category definitions.
 */
export const SECOND_CHANCE_CUES: Readonly<Record<string, readonly string[]>> = {
  MOBILIZE: ['send', 'sent', 'sending', 'dispatch', 'dispatched', 'station', 'stationed'],
  ASSAULT: ['hit', 'hits', 'target', 'targeted', 'targeting', 'shelled', 'pounded', 'hostage', 'hostages'],
  PROTEST: ['erupt', 'erupted', 'chant', 'chanted', 'mourners'],
  YIELD: ['evacuate', 'evacuated', 'evacuation'],
  SANCTION: ['cancel', 'cancelled', 'canceled', 'close', 'closed'],
};
