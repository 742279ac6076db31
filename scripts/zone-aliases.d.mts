export const ZONE_ALIASES_FILE: URL;
export function zoneAliasesText(): string;
