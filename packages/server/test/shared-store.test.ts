import { type ChildProcess, spawn } from 'node:child_process';
import { join } from 'node:path';
import { startRedis, type TestRedis } from './redis';

// Two real stub processes (`pnpm stub --store redis://…`) sharing one real redis-server, as a team runs them behind a
// load balancer: sessions, resources and rate limits are the same on both, and survive restarting both.
const root = join(__dirname, '..', '..', '..');
const admin = { client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' };
const rateLimit = 6;

interface Replica {
  child: ChildProcess;
  looker: string;
  truto: string;
}

function startReplica(redis: TestRedis, extra: string[] = []): Promise<Replica> {
  const args = ['--import', 'tsx', 'packages/cli/src/bin.ts', 'stub', '--store', redis.url, '--rate-limit', String(rateLimit), ...extra];
  for (const api of ['looker', 'truto']) args.push('--api', api, `--${api}-port`, '0');
  const child = spawn(process.execPath, args, { cwd: root, stdio: ['ignore', 'pipe', 'pipe'] });
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`the stub did not start:\n${output}`)), 60_000);
    const onData = (chunk: Buffer) => {
      output += chunk.toString();
      if (!/Press Ctrl-C/.test(output)) return;
      clearTimeout(timer);
      const url = (path: string) => new RegExp(`(http://127\\.0\\.0\\.1:\\d+${path})\\n`).exec(output)?.[1] as string;
      resolve({ child, looker: url('/api/4\\.0'), truto: url('') });
    };
    child.stdout?.on('data', onData);
    child.stderr?.on('data', onData);
    child.once('exit', (code) => reject(new Error(`the stub exited (${code}):\n${output}`)));
  });
}

function stopReplica(replica: Replica): Promise<void> {
  return new Promise((resolve) => {
    if (replica.child.exitCode !== null) return resolve();
    replica.child.once('exit', () => resolve());
    replica.child.kill('SIGTERM');
  });
}

async function login(replica: Replica): Promise<string> {
  const response = await fetch(`${replica.looker}/login`, { method: 'POST', body: new URLSearchParams(admin) });
  return ((await response.json()) as { access_token: string }).access_token;
}

const call = (base: string, method: string, path: string, token: string, body?: unknown) =>
  fetch(`${base}${path}`, {
    method,
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

describe('given two stub replicas on one Redis', () => {
  let redis: TestRedis;
  let a: Replica;
  let b: Replica;
  let token: string;

  beforeAll(async () => {
    redis = await startRedis();
    a = await startReplica(redis, ['--reset-store']);
    b = await startReplica(redis);
    token = await login(a);
  }, 120_000);

  afterAll(async () => {
    await Promise.all([a, b].filter(Boolean).map(stopReplica));
    await redis?.destroy();
  });

  test('a Looker session opened on one replica is accepted by the other, and logging out on it ends it on both', async () => {
    const other = await login(b);
    expect((await call(a.looker, 'PATCH', '/integration_hubs/2', other, {})).status).toBe(200);
    expect((await call(b.looker, 'DELETE', '/logout', other)).status).toBe(204);
    expect((await call(a.looker, 'PATCH', '/integration_hubs/2', other, {})).status).toBe(401);
  });

  test('two replicas creating a hub with the same url at once: exactly one wins, the others get Looker’s 409', async () => {
    const hub = { url: 'https://looker-actions.brightwave.io/hub' };
    const answers = await Promise.all([a, b, a, b].map((replica) => call(replica.looker, 'POST', '/integration_hubs', token, hub)));
    const statuses = answers.map((answer) => answer.status).sort();
    expect(statuses).toEqual([200, 409, 409, 409]);
    const bodies = await Promise.all(answers.map((answer) => answer.json() as Promise<{ id?: string }>));
    const created = bodies.find((body) => body.id) as { id: string };
    const seen = await call(b.looker, 'PATCH', `/integration_hubs/${created.id}?fields=id,url`, token, {});
    expect(await seen.json()).toEqual({ id: created.id, url: hub.url });
  });

  test('a change through one replica is what the other answers', async () => {
    const id = '3fda2b4c-0516-41bc-8ae6-4927e42ecce9';
    const changed = await call(a.truto, 'PATCH', `/environment-integration/${id}`, 'truto-local-api-token', { is_enabled: false });
    expect(changed.status).toBe(200);
    const read = await call(b.truto, 'PATCH', `/environment-integration/${id}`, 'truto-local-api-token', {});
    expect(await read.json()).toMatchObject({ is_enabled: false });
  });

  test('they count one rate limit: requests spread over both are limited together', async () => {
    const statuses: number[] = [];
    for (let sent = 0; sent <= rateLimit; sent++) {
      const replica = sent % 2 === 0 ? a : b;
      statuses.push((await call(replica.looker, 'PATCH', '/users/17/credentials_api3/5', token, { purpose: `run ${sent}` })).status);
    }
    expect(statuses).toEqual([...Array(rateLimit).fill(200), 429]);
  });

  test('their state survives restarting both; --reset-store seeds it again', async () => {
    await Promise.all([stopReplica(a), stopReplica(b)]);
    [a, b] = await Promise.all([startReplica(redis), startReplica(redis)]);
    const hub = await call(b.looker, 'PATCH', '/integration_hubs/3?fields=id,url', token, {});
    expect(hub.status).toBe(200);
    expect(await hub.json()).toEqual({ id: '3', url: 'https://looker-actions.brightwave.io/hub' });
    await stopReplica(b);
    b = await startReplica(redis, ['--reset-store']);
    expect((await call(a.looker, 'PATCH', '/integration_hubs/3', await login(a), {})).status).toBe(404);
    token = await login(a);
  }, 120_000);

  test('while Redis is down they answer 503 in each vendor’s shape, and recover by themselves when it is back', async () => {
    await redis.stop();
    const looker = await call(a.looker, 'PATCH', '/integration_hubs/2', token, {});
    const truto = await call(b.truto, 'PATCH', '/environment-integration/3fda2b4c-0516-41bc-8ae6-4927e42ecce9', 'truto-local-api-token', {});
    expect(looker.status).toBe(503);
    expect(Object.keys((await looker.json()) as object).sort()).toEqual(['documentation_url', 'message']);
    expect(truto.status).toBe(503);
    expect(await truto.json()).toMatchObject({ statusCode: 503, error: 'Service Unavailable' });
    await redis.start();
    let status = 0;
    for (const deadline = Date.now() + 15_000; Date.now() < deadline && status !== 200; ) {
      await new Promise((resolve) => setTimeout(resolve, 250));
      status = (await call(a.looker, 'PATCH', '/integration_hubs/2', token, {})).status;
    }
    expect(status).toBe(200);
  }, 60_000);
});
