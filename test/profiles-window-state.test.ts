import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadWindowState, placeWindow, saveWindowState } from '../electron/node/app-data/window-state';

const DEFAULTS = { width: 1200, height: 800 };
const MIN = { width: 1024, height: 700 };
const laptop = { x: 0, y: 0, width: 1440, height: 900 };
const external = { x: 1440, y: 0, width: 2560, height: 1440 };

describe('window state', () => {
  it('is saved and read back', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'acc-ims-win-'));
    await saveWindowState(dir, { x: 1500, y: 40, width: 1300, height: 900, maximized: true });
    expect(await loadWindowState(dir)).toEqual({ x: 1500, y: 40, width: 1300, height: 900, maximized: true });
  });

  it('reopens where it was when that display is still there', () => {
    expect(placeWindow({ x: 1500, y: 40, width: 1300, height: 900, maximized: false }, [laptop, external], DEFAULTS, MIN)).toEqual({
      x: 1500,
      y: 40,
      width: 1300,
      height: 900,
      maximized: false,
    });
  });

  it('lets the OS centre it when its display was unplugged, keeping the size', () => {
    expect(placeWindow({ x: 1500, y: 40, width: 1300, height: 900, maximized: true }, [laptop], DEFAULTS, MIN)).toEqual({
      width: 1300,
      height: 900,
      maximized: true,
    });
  });

  it('never opens below the size the wizard is designed for', () => {
    expect(placeWindow({ x: 10, y: 10, width: 300, height: 200, maximized: false }, [laptop], DEFAULTS, MIN)).toMatchObject({
      width: 1024,
      height: 700,
    });
  });

  it('ignores a title bar pushed off screen, and a broken state file', async () => {
    expect(placeWindow({ x: 100, y: -400, width: 1200, height: 800, maximized: false }, [laptop], DEFAULTS, MIN)).toEqual({
      width: 1200,
      height: 800,
      maximized: false,
    });
    const dir = mkdtempSync(join(tmpdir(), 'acc-ims-win-'));
    writeFileSync(join(dir, 'window-state.json'), '{"width": -5}');
    expect(await loadWindowState(dir)).toBeNull();
    expect(placeWindow(null, [laptop], DEFAULTS, MIN)).toEqual({ ...DEFAULTS, maximized: false });
  });
});
