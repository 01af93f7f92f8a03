import { join } from 'node:path';
// Namespace import: lets bundlers drop the parts of zod we never use (450 KB → 85 KB in the CLI).
import * as z from 'zod';
import { msg } from '../../common/messages/message';
import { readJsonFile, writeJsonFile } from './json-file';

/** Size, position and maximized state of the main window, remembered between runs. */
export const windowStateSchema = z.strictObject({
  width: z.number().int().positive(),
  height: z.number().int().positive(),
  x: z.number().int().optional(),
  y: z.number().int().optional(),
  maximized: z.boolean().default(false),
});
export type WindowState = z.infer<typeof windowStateSchema>;

export interface Rect {
  x: number;
  y: number;
  width: number;
  height: number;
}

const FILE = 'window-state.json';

export async function loadWindowState(dataDir: string): Promise<WindowState | null> {
  // A broken state file is kept aside by readJsonFile; the window then opens at its default size.
  return (await readJsonFile(join(dataDir, FILE), windowStateSchema, msg('storage.what.windowState'))).value;
}

export async function saveWindowState(dataDir: string, state: WindowState): Promise<void> {
  await writeJsonFile(join(dataDir, FILE), windowStateSchema.parse(state));
}

/**
 * Where to open the window: the remembered bounds when they still fit a connected display (a monitor
 * may have been unplugged), else the default size centred by the OS; never smaller than `min`.
 */
export function placeWindow(
  saved: WindowState | null,
  workAreas: readonly Rect[],
  defaults: { width: number; height: number },
  min: { width: number; height: number },
): { width: number; height: number; x?: number; y?: number; maximized: boolean } {
  if (!saved) return { ...defaults, maximized: false };
  const width = Math.max(min.width, saved.width);
  const height = Math.max(min.height, saved.height);
  const visible =
    saved.x !== undefined && saved.y !== undefined && workAreas.some((a) => visibleEnough({ x: saved.x!, y: saved.y!, width, height }, a));
  return visible ? { width, height, x: saved.x!, y: saved.y!, maximized: saved.maximized } : { width, height, maximized: saved.maximized };
}

// At least a 100×50 corner of the title bar area must be on the display to be grabbed with the mouse.
function visibleEnough(win: Rect, area: Rect): boolean {
  const left = Math.max(win.x, area.x);
  const right = Math.min(win.x + win.width, area.x + area.width);
  const top = Math.max(win.y, area.y);
  const bottom = Math.min(win.y + 50, area.y + area.height);
  return right - left >= 100 && bottom - top >= 50;
}
