import type {Plugin} from 'vite';

export function demoServerRendering(): Plugin;
