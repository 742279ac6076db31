/** The profile fields an import would change, in the words the editor uses. */
const NAMES: Record<string, string> = {
  name: 'name',
  color: 'colour',
  match: 'addresses and domains',
  timeZone: 'time zone',
  hours: 'weekly hours',
  timeOff: 'time off',
  promise: 'promise',
  emergency: 'emergencies',
  sendLater: 'send later',
  notes: 'notes',
};

export function fieldNames(fields: readonly string[]): string {
  return fields.map((f) => NAMES[f] ?? f).join(', ');
}
