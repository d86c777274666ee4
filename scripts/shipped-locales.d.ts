export const SHIPPED_TRANSLATIONS: string[];
export const SHIPPED_LOCALES: string[];
