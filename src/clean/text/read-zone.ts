/** The zone a live blog states for its entry times: "All updates in Coordinated Universal Time (UTC)". */

const STATEMENTS: readonly RegExp[] = [
  /^All (?:updates|times|timestamps|entries|posts)(?: are)?(?: (?:in|shown in|given in|listed in))? (.{2,60})$/i,
  /^(?:All )?[Tt]imes? (?:are |is )?(?:in |shown in |given in )?(.{2,40})$/,
];

/** What a zone statement may name: "Coordinated Universal Time (UTC)", "GMT", "local time (GMT+3)", "UTC+1". */
const ZONE_NAME = /^(?:[A-Z][\w ]{0,40}Time(?: \([A-Z]{2,5}\))?|[A-Z]{2,5}(?:[+-]\d{1,2}(?::\d{2})?)?|local(?: time)?(?: \(.{1,20}\))?|(?:GMT|UTC) ?[+-] ?\d{1,2}(?::\d{2})?)$/;

/** The zone a whole line states, or null when the line is not a zone statement. */
export function readZoneStatement(line: string): string | null {
  if (line.length > 90) return null;
  // "(All times GMT)" and a final full stop are wrapping, not part of the statement
  const bare = line.replace(/^\((.*)\)$/, '$1').replace(/\.$/, '');
  for (const pattern of STATEMENTS) {
    const zone = pattern.exec(bare)?.[1];
    if (zone !== undefined && ZONE_NAME.test(zone)) return zone;
  }
  return null;
}
