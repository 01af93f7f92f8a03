import type { BrowserWindow } from 'electron';
import type { ActivityIndicator } from './handler-deps';

/**
 * Taskbar/dock progress while any network call runs: indeterminate (2) until a fraction is known,
 * removed (-1) when the last call ends. Calls may overlap (a test while a check runs).
 */
export function taskbarProgress(window: () => Pick<BrowserWindow, 'isDestroyed' | 'setProgressBar'> | null): ActivityIndicator {
  let active = 0;
  const set = (value: number) => {
    const win = window();
    if (win && !win.isDestroyed()) win.setProgressBar(value);
  };
  return {
    begin() {
      active += 1;
      set(2);
    },
    progress(fraction) {
      if (active > 0) set(fraction === undefined ? 2 : Math.min(1, Math.max(0, fraction)));
    },
    end() {
      active = Math.max(0, active - 1);
      if (active === 0) set(-1);
    },
  };
}
