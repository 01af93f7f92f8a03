import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

const run = promisify(execFile);

export interface TestPki {
  /** PEM of the private CA: what an admin passes with --ca. */
  caPem: string;
  caFile: string;
  certPem: string;
  keyPem: string;
  dir: string;
  dispose(): Promise<void>;
}

/**
 * A private CA and a server certificate for 127.0.0.1/localhost issued by it, made with the openssl
 * CLI in a temp folder: the shape of an on-premise instance behind a company CA.
 */
export async function createTestPki(): Promise<TestPki> {
  const dir = await mkdtemp(join(tmpdir(), 'acc-ims-pki-'));
  const p = (name: string) => join(dir, name);
  const days = ['-days', '2'];
  await run('openssl', [
    'req',
    '-x509',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    p('ca.key'),
    '-out',
    p('ca.pem'),
    ...days,
    '-subj',
    '/CN=acc-ims test private CA',
    '-addext',
    'basicConstraints=critical,CA:TRUE',
    '-addext',
    'keyUsage=critical,keyCertSign,cRLSign',
  ]);
  await run('openssl', [
    'req',
    '-newkey',
    'rsa:2048',
    '-nodes',
    '-keyout',
    p('server.key'),
    '-out',
    p('server.csr'),
    '-subj',
    '/CN=127.0.0.1',
  ]);
  await writeFile(p('server.ext'), 'subjectAltName=IP:127.0.0.1,DNS:localhost\nbasicConstraints=CA:FALSE\nextendedKeyUsage=serverAuth\n');
  await run('openssl', [
    'x509',
    '-req',
    '-in',
    p('server.csr'),
    '-CA',
    p('ca.pem'),
    '-CAkey',
    p('ca.key'),
    '-CAcreateserial',
    '-out',
    p('server.pem'),
    ...days,
    '-extfile',
    p('server.ext'),
  ]);
  return {
    caPem: await readFile(p('ca.pem'), 'utf8'),
    caFile: p('ca.pem'),
    certPem: await readFile(p('server.pem'), 'utf8'),
    keyPem: await readFile(p('server.key'), 'utf8'),
    dir,
    dispose: () => rm(dir, { recursive: true, force: true }),
  };
}
