import { createCampaignService } from '../node/campaign/desktop-campaign';
import { renderHandover } from '../node/handover/export';
import { importHandover, inspectHandoverFile } from '../node/handover/import';
import { osKeychain } from '../node/keychain/keychain';
import type { CampaignService, HandoverService, KeychainService } from './handler-deps';

/**
 * The real Node services behind the handlers, adapted to the narrow shapes in handler-deps.ts. No
 * 'electron' import: the app and the e2e stand-in bridge both use exactly these.
 */
export function createNodeServices(options: { generator: string; restoreDir?: string; cacheDir?: string }): {
  keychain: KeychainService;
  campaign: CampaignService | null;
  handover: HandoverService;
} {
  return {
    keychain: osKeychain,
    campaign: createCampaignService({
      ...(options.restoreDir ? { restoreDir: options.restoreDir } : {}),
      ...(options.cacheDir ? { cacheDir: options.cacheDir } : {}),
    }),
    handover: {
      inspect: inspectHandoverFile,
      render: (request) => renderHandover({ generator: options.generator, ...request }),
      import: importHandover,
    },
  };
}
