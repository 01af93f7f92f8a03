import { describe, expect, it } from 'vitest';
import { createAppStore } from '../electron/node/app-data/app-store';
import { useAppUnderTest } from './e2e/app-under-test';

/** Saved instance profiles on the Start step: open one, or delete it after a confirmation. */
const app = useAppUnderTest();

describe('saved profiles', () => {
  it('deletes a profile only after confirming, and keeps the others', async () => {
    const { bridge, context, page, errors, wizard } = await app.open({ locale: 'en-US' });
    const store = createAppStore(bridge.dataDir);
    for (const name of ['dev', 'prod']) await store.saveProfile({ name, connection: { url: `https://${name}.campaign.example.com` } });
    try {
      await page.goto(app.url);
      await wizard.waitForStep('start');
      await page.getByRole('button', { name: 'Delete dev' }).click();
      await wizard.see('.profiles [role="alert"]', 'Delete the saved profile "dev"?');
      await page.getByRole('button', { name: 'Keep' }).click();
      expect((await store.listProfiles()).profiles.map((p) => p.name)).toEqual(['dev', 'prod']);

      await page.getByRole('button', { name: 'Delete dev' }).click();
      await page.getByRole('button', { name: 'Delete', exact: true }).click();
      await wizard.see('[role="status"].notice-ok', 'Deleted the saved profile "dev".');
      expect((await store.listProfiles()).profiles.map((p) => p.name)).toEqual(['prod']);
      expect(await page.getByRole('button', { name: 'Open dev' }).count()).toBe(0);
      await page.getByRole('button', { name: 'Open prod' }).waitFor();
      expect(errors).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
