import type { Plugin } from 'vite';
import { STATUSES } from '../src/knowledge/catalogue/statuses.ts';

// `virtual:tracklight/status-core`: the part of the status catalogue the content script's
// classifier needs (id, stage, severity), projected at build time from the one catalogue, so
// every AliExpress page does not download the codes, durations and notes of 128 statuses.
const ID = 'virtual:tracklight/status-core';

export function statusCorePlugin(): Plugin {
  return {
    name: 'tracklight-status-core',
    resolveId(source) {
      return source === ID ? `\0${ID}` : null;
    },
    load(id) {
      if (id !== `\0${ID}`) return null;
      const core = STATUSES.map(({ id: status, stage, severity }) => [status, stage, severity]);
      return `const rows = ${JSON.stringify(core)};\nexport default rows.map(([id, stage, severity]) => ({ id, stage, severity }));\n`;
    },
  };
}
