// Bytes after compression at the settings a CDN would use at best: what the
// size check and the benchmark both report.
import {brotliCompressSync, constants, gzipSync} from 'node:zlib';

export const gzipSize = (bytes: Uint8Array): number => gzipSync(bytes, {level: 9}).length;

export const brotliSize = (bytes: Uint8Array): number => brotliCompressSync(bytes, {params: {[constants.BROTLI_PARAM_QUALITY]: 11}}).length;
