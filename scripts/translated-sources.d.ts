export const PSEUDO_LOCALES: string[];
export function sourceHash(source: string): string;
export function translationUnits(
  xliff: string,
): {id: string; source: string; target: string | undefined; confirmedHash: string | undefined}[];
export function staleTargets(xliff: string): string[];
export function confirmTargets(xliff: string, ids: Iterable<string>): {xliff: string; confirmed: string[]};
