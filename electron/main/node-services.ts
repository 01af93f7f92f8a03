import type { AccImsConfig } from '../common/config/schema';
import { WizardError } from '../common/errors';
import type { ExportFormat } from '../common/ipc/contract';
import { serializeConfig } from '../node/files/config-file';
import { renderBundle, renderPackage } from '../node/handover/export';
import { inspectHandover, readHandover } from '../node/handover/import';
import { createCampaignService } from '../node/campaign/campaign-service';
import { deleteSecret, getSecret, setSecret } from '../node/keychain/keychain';
import type { CampaignService, HandoverService, KeychainService } from './services';

/**
 * The real Node services behind the handlers, adapted to the narrow shapes in services.ts. No
 * 'electron' import: the app and the e2e stand-in bridge both use exactly these.
 */
export function createNodeServices(options: { generator: string }): {
  keychain: KeychainService;
  campaign: CampaignService | null;
  handover: HandoverService;
} {
  return {
    keychain: { getSecret, setSecret, deleteSecret },
    campaign: createCampaignService(),
    handover: createHandoverService(options.generator),
  };
}

function createHandoverService(generator: string): HandoverService {
  return {
    async encode(format: ExportFormat, config: AccImsConfig, { secret, passphrase }) {
      switch (format) {
        case 'json':
          return { bytes: new TextEncoder().encode(serializeConfig(config)), notes: [] };
        case 'package':
          return {
            bytes: new TextEncoder().encode(renderPackage(config, generator)),
            notes: ['After importing the package in the console, type the IMS client secret in the external account, save, and restart the Campaign server.'],
          };
        case 'bundle': {
          const bytes = await renderBundle(config, secret, passphrase);
          const notes = secret === undefined ? ['The bundle carries no client secret: the recipient enters it in the wizard (or with "acc-ims secret set") before pushing.'] : [];
          return { bytes, notes };
        }
      }
    },
    async decode(bytes, { passphrase, fileLabel }) {
      const read = await readHandover(bytes, { fileLabel, ...(passphrase !== undefined ? { passphrase } : {}) });
      return {
        config: read.config,
        ...(read.secret !== undefined ? { secret: read.secret } : {}),
        warnings: [...read.warnings.map((w) => (w.path ? `${w.path}: ${w.message}` : w.message)), ...read.notes],
      };
    },
    needsPassphrase(bytes) {
      try {
        return inspectHandover(bytes).encrypted;
      } catch (e) {
        // An unreadable file is reported by decode() with its full message.
        if (e instanceof WizardError) return false;
        throw e;
      }
    },
  };
}
