import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { nativeDialogs } from '../electron/main/native-dialogs';
import { taskbarProgress } from '../electron/main/taskbar-progress';
import { callsOf, state } from './helpers/fake-electron';

vi.mock('electron', () => import('./helpers/fake-electron'));

describe('taskbar progress', () => {
  const fakeWindow = () => {
    const values: number[] = [];
    return { values, win: { isDestroyed: () => false, setProgressBar: (v: number) => void values.push(v) } };
  };

  it('is indeterminate until a fraction is known, follows it, and clears when the last call ends', () => {
    const { values, win } = fakeWindow();
    const bar = taskbarProgress(() => win);
    bar.begin();
    bar.progress(undefined);
    bar.progress(0.4);
    bar.progress(7);
    bar.end();
    expect(values).toEqual([2, 2, 0.4, 1, -1]);
  });

  it('stays on while overlapping calls run, and ignores progress after all ended', () => {
    const { values, win } = fakeWindow();
    const bar = taskbarProgress(() => win);
    bar.begin();
    bar.begin();
    bar.end();
    expect(values).toEqual([2, 2]);
    bar.end();
    bar.end();
    bar.progress(0.5);
    expect(values).toEqual([2, 2, -1, -1]);
  });

  it('does nothing without a live window', () => {
    const bar = taskbarProgress(() => null);
    expect(() => (bar.begin(), bar.progress(0.5), bar.end())).not.toThrow();
  });
});

describe('native dialogs', () => {
  it('offers the suggested name inside Documents, whatever path the page put in it', async () => {
    const dialogs = nativeDialogs(() => null);
    for (const suggested of ['../../../etc/cron.d/evil.json', '..\\..\\Windows\\evil.json', '/tmp/evil.json', '..', 'prod.acc-ims.json']) {
      await dialogs.save({ title: 'Export', defaultName: suggested, filters: [] });
    }
    const offered = callsOf('dialog.showSaveDialog').map(([options]) => (options as { defaultPath: string }).defaultPath);
    const documents = join(state.root, 'documents');
    expect(offered).toEqual([
      join(documents, 'evil.json'),
      join(documents, 'evil.json'),
      join(documents, 'evil.json'),
      join(documents, 'acc-ims-config'),
      join(documents, 'prod.acc-ims.json'),
    ]);
  });

  it('answers null when the admin cancels', async () => {
    const dialogs = nativeDialogs(() => null);
    expect(await dialogs.save({ title: 'Export', defaultName: 'x.json', filters: [] })).toBeNull();
    expect(await dialogs.open({ title: 'Import', filters: [] })).toBeNull();
    expect(callsOf('dialog.showOpenDialog').at(-1)).toEqual([{ title: 'Import', filters: [], properties: ['openFile'] }]);
  });
});
