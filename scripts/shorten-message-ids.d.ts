import type {Plugin} from 'vite';

export function shortenMessageIds(options?: {xliffFile?: string; localesDir?: string}): Plugin[];
