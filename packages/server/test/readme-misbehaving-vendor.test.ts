// The copy-paste test of the root README ("Test your service against a misbehaving vendor"), verbatim below this comment.
import { startStub } from '@contracts/server';

/** The service under test: rotates a hub's token, and retries a 429 after its Retry-After, three tries at most. */
async function rotateHubToken(baseUrl: string, hubId: string, token: string): Promise<number> {
  const login = await fetch(`${baseUrl}/login`, {
    method: 'POST',
    body: new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }),
  });
  const { access_token } = (await login.json()) as { access_token: string };
  for (let attempt = 1; ; attempt++) {
    const answer = await fetch(`${baseUrl}/integration_hubs/${hubId}`, {
      method: 'PATCH',
      headers: { authorization: `Bearer ${access_token}`, 'content-type': 'application/json' },
      body: JSON.stringify({ authorization_token: token }),
    });
    if (answer.status !== 429 || attempt === 3) return answer.status;
    await new Promise((resolve) => setTimeout(resolve, Number(answer.headers.get('retry-after')) * 1000));
  }
}

test('a rate-limited update is retried until it succeeds, with the same body each time', async () => {
  const looker = await startStub('looker', { port: 0 });
  try {
    await looker.faults.add('update_integration_hub', { status: 429, times: 2, retryAfterSeconds: 0 });
    expect(await rotateHubToken(looker.url, '2', 'c1d9e47a2f8b4c6e8d3a5b7f9e2c4a61')).toBe(200);
    const calls = await looker.requests('update_integration_hub');
    expect(calls.map((call) => call.status)).toEqual([429, 429, 200]);
    expect(calls.map((call) => call.body)).toEqual(Array(3).fill({ authorization_token: '***' }));
  } finally {
    await looker.close();
  }
});

// Not part of the README's copy: the check that the copy there is this file, and the section's commands, run as written.
describe('given the README section on a misbehaving vendor', () => {
  const fs = require('node:fs') as typeof import('node:fs');
  const { delimiter, dirname, join } = require('node:path') as typeof import('node:path');
  const { tmpdir } = require('node:os') as typeof import('node:os');
  const { spawn, execFileSync } = require('node:child_process') as typeof import('node:child_process');
  const { freePort } = require('@contracts/bench') as typeof import('@contracts/bench');
  const { parse } = require('yaml') as typeof import('yaml');
  const root = join(__dirname, '..', '..', '..');
  const readme = fs.readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Test your service against a misbehaving vendor')).split('\n## ')[0] as string;
  /** The commands of each sh block: continuation lines joined, comments left out. */
  const blocks = [...section.matchAll(/```sh\n([\s\S]*?)```/g)].map((block) =>
    (block[1] as string)
      .replace(/\\\n\s*/g, '')
      .split('\n')
      .filter((line) => line.trim() !== '' && !line.startsWith('#')),
  );

  test('the root README shows this test verbatim', () => {
    const self = fs.readFileSync(__filename, 'utf8').split('\n').slice(1).join('\n').split('\n// Not part of')[0] as string;
    expect(readme).toContain(self.trim());
  });

  test('its commands start the stub with the fixtures and faults, then show, change and export what it does', async () => {
    const [[start] = [], controls = []] = blocks;
    expect(start).toMatch(/^pnpm stub --api looker --fixtures \S+ --faults '.+'$/);
    const port = await freePort();
    const stub = spawn('sh', ['-c', start as string], { cwd: root, env: { ...process.env, LOOKER_STUB_PORT: String(port) }, detached: true });
    const stopped = new Promise((resolve) => stub.once('exit', resolve));
    try {
      let output = '';
      await new Promise<void>((resolve, reject) => {
        const onData = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('Press Ctrl-C')) resolve();
        };
        stub.stdout?.on('data', onData);
        stub.stderr?.on('data', onData);
        stub.once('exit', (code) => reject(new Error(`pnpm stub exited (${code}):\n${output}`)));
      });
      const base = `http://127.0.0.1:${port}/api/4.0`;
      const login = await fetch(`${base}/login`, {
        method: 'POST',
        body: new URLSearchParams({ client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' }),
      });
      const headers = { authorization: `Bearer ${((await login.json()) as { access_token: string }).access_token}`, 'content-type': 'application/json' };
      const hubs = (await (await fetch(`${base}/integration_hubs?fields=id`, { headers })).json()) as Array<{ id: string }>;
      expect(hubs.map((hub) => hub.id)).toEqual(['10', '11', '12']);
      const updates: number[] = [];
      for (let call = 0; call < 3; call++) {
        updates.push((await fetch(`${base}/integration_hubs/11`, { method: 'PATCH', headers, body: '{"authorization_token":"t"}' })).status);
      }
      expect(updates).toEqual([429, 429, 200]);

      const dir = fs.mkdtempSync(join(tmpdir(), 'contracts-readme-'));
      // curl as scripts/ensure-system.ts finds it: CURL_PATH, else the PATH's.
      const path = [process.env.CURL_PATH && dirname(process.env.CURL_PATH), process.env.PATH].filter(Boolean).join(delimiter);
      const run = (command: string) =>
        execFileSync('sh', ['-c', command.replaceAll('127.0.0.1:3010', `127.0.0.1:${port}`)], {
          cwd: dir,
          encoding: 'utf8',
          env: { ...process.env, PATH: path },
        });
      expect(controls).toHaveLength(6);
      const [faults, hang, journal, clear, reset, exported] = controls as [string, string, string, string, string, string];
      // The two 429s are spent: only the latency is left.
      expect(JSON.parse(run(faults))).toEqual([{ id: '2', operationId: '*', latencyMs: { min: 100, max: 300 }, remaining: null }]);
      expect(JSON.parse(run(hang))).toMatchObject({ operationId: 'integration_hub', kind: 'hang', remaining: 1 });
      const calls = JSON.parse(run(journal)) as Array<{ status: number; headers: Record<string, string> }>;
      expect(calls.map((call) => [call.status, call.headers.authorization])).toEqual([
        [429, 'Bearer ***'],
        [429, 'Bearer ***'],
        [200, 'Bearer ***'],
      ]);
      expect(run(clear)).toBe('');
      expect(((await (await fetch(`http://127.0.0.1:${port}/__contracts/faults`)).json()) as unknown[]).length).toBe(0);
      expect(run(reset)).toBe('');
      expect(run(exported)).toBe('');
      const state = parse(fs.readFileSync(join(dir, 'state.yaml'), 'utf8')) as { integration_hubs: Array<{ id: string }> };
      expect(state.integration_hubs.map((hub) => hub.id)).toEqual(['1', '2']);
      fs.rmSync(dir, { recursive: true, force: true });
    } finally {
      if (stub.pid !== undefined && stub.exitCode === null) process.kill(-stub.pid, 'SIGTERM');
      await stopped;
    }
  });
});
