// The build's child process for link preview images cannot start (src/integrations/preview-drawing.ts):
// the build is told "no answer" and draws the images itself, instead of stopping on the second error.
import { EventEmitter } from 'node:events';
import { describe, expect, it, vi } from 'vitest';

vi.mock('node:child_process', () => ({
  fork: () => {
    const child = Object.assign(new EventEmitter(), {
      // As Node does for a child that never started: the spawn error, then the job it could not be sent.
      send: () => setImmediate(() => child.emit('error', Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }))),
    });
    setImmediate(() => child.emit('error', Object.assign(new Error('spawn ENOENT'), { code: 'ENOENT' })));
    return child;
  },
}));

describe('a preview drawing process that cannot start', () => {
  it('answers nothing, once, and throws nothing', async () => {
    const { drawInChildProcess } = await import('../../src/integrations/preview-drawing.ts');
    const answer = await drawInChildProcess({ previews: [], siteTitle: 'X', faviconFile: '/favicon.svg' });
    expect(answer).toBeUndefined();
    // Both errors have been emitted by now; a second one without a listener would have thrown.
    await new Promise((done) => setTimeout(done, 20));
  });
});
