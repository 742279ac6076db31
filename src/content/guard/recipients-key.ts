/**
 * A compose's recipients as one comparable string: the cached verdict is only reused for a Send
 * while the recipients are exactly the ones it was computed for.
 */
export function recipientsKey(recipients: readonly string[]): string {
  return recipients
    .map((r) => r.trim().toLowerCase())
    .filter((r) => r !== '')
    .sort()
    .join('\n');
}
