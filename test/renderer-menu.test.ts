import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { eventChannel } from '../electron/common/ipc/channels';
import { useAppUnderTest } from './e2e/app-under-test';

/** Native menu commands reach the wizard as app.command events, as the shell sends them. */
const app = useAppUnderTest();

describe('File menu', () => {
  it('Import… from a later step goes back to Start and opens the file dialog at once', async () => {
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    const notes = join(mkdtempSync(join(tmpdir(), 'acc-ims-e2e-menu-')), 'notes.json');
    writeFileSync(notes, 'this is not a config');
    bridge.dialogs.opens.push(notes);
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await page.locator('input[name="mode"][value="offline"]').check();
      await page.locator('#profile-name').fill(`e2e-menu-${Date.now().toString(36)}`);
      await wizard.next();
      await wizard.waitForStep('prerequisites');

      await page.evaluate(
        ([channel]) => (window as unknown as { __wizardEmit(c: string, p: unknown): void }).__wizardEmit(channel!, { command: 'import' }),
        [eventChannel('app.command')],
      );
      await wizard.waitForStep('start');
      await wizard.see('[role="alert"].notice-error', 'is not a hand-over file');
      expect(bridge.dialogs.asked.filter((a) => a.kind === 'open')).toHaveLength(1);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
