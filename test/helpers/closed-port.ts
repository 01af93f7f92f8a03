import { createServer } from 'node:net';

/**
 * A port on 127.0.0.1 that nothing listens on: one the OS just handed out, then closed. Port 9
 * (discard) is not a safe guess: some machines run a service there.
 */
export async function closedPort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, '127.0.0.1', resolve);
  });
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return port;
}

/** `http://127.0.0.1:<closed port>`, with its host:port, for "nothing is listening" cases. */
export async function closedUrl(): Promise<{ url: string; hostPort: string; port: number }> {
  const port = await closedPort();
  return { url: `http://127.0.0.1:${port}`, hostPort: `127.0.0.1:${port}`, port };
}
