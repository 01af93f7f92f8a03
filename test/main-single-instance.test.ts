import { describe, expect, it, vi } from 'vitest';
import { callsOf, state } from './helpers/fake-electron';

vi.mock('electron', () => import('./helpers/fake-electron'));

describe('a second launch of the app', () => {
  it('quits at once without opening a window or registering IPC when another instance holds the lock', async () => {
    state.singleInstanceLock = false;
    await import('../electron/main/index');
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(callsOf('app.quit')).toHaveLength(1);
    expect(state.windows).toHaveLength(0);
    expect(state.ipcHandlers.size).toBe(0);
  });
});
