export function markedBlock(text: string, name: string): string;
export function replaceMarkedBlock(text: string, name: string, content: string): string;
