import { loadApi } from '@contracts/bundles';
import { vendorOf } from '@contracts/vendors/registry';
import { createPipeline, type Outcome, type Pipeline, parseFaultList } from '../src';

const looker = loadApi('looker');
const base = 'http://stub.test/api/4.0';
const key = { client_id: 'gXvR7dQ4bN9kYpTm2Hs8', client_secret: 'Wb6tPz3Hq9sLk2Vd7Rm4Yc8N' };

const pipelineOf = (journalLimit?: number) =>
  createPipeline(looker, vendorOf('looker'), { mode: 'stateful', server: 'stub', ...(journalLimit !== undefined && { control: { journalLimit } }) });

const statusOf = (outcome: Outcome) => ('status' in outcome ? outcome.status : outcome.interrupted);

async function tokenOf(pipeline: Pipeline): Promise<string> {
  const outcome = await pipeline.handle(new Request(`${base}/login`, { method: 'POST', body: new URLSearchParams(key) }));
  return ((outcome as { body: { access_token: string } }).body as { access_token: string }).access_token;
}

describe('given the faults of a run as --faults writes them', () => {
  test('each entry is an operation (or *), its effects joined by +, its calls after x and its rate after @', () => {
    expect(parseFaultList('update_integration_hub=429x2,*=latency:200-800, login=503+latency:1000x3@0.5,integration_hub=hang')).toEqual([
      { operationId: 'update_integration_hub', status: 429, times: 2 },
      { operationId: '*', latencyMs: { min: 200, max: 800 } },
      { operationId: 'login', status: 503, latencyMs: 1000, times: 3, rate: 0.5 },
      { operationId: 'integration_hub', kind: 'hang' },
    ]);
  });

  test('an entry without an operation or with an effect it does not know is refused, saying how to write one', () => {
    expect(() => parseFaultList('=429')).toThrow(/--faults: =429 names no operation; write <operationId or \*>=<effect>/);
    expect(() => parseFaultList('login=slow')).toThrow(/--faults: login=slow has an effect slow it does not know/);
  });
});

describe('given the control of a Looker pipeline', () => {
  test("an operation's own faults are tried before those of *, each in the order added, and a spent fault gives way", async () => {
    const pipeline = pipelineOf();
    const authorization = `Bearer ${await tokenOf(pipeline)}`;
    await pipeline.control.faults.add('*', { status: 429 });
    await pipeline.control.faults.add('integration_hub', { status: 404, times: 1 });
    await pipeline.control.faults.add('integration_hub', { kind: 'reset', times: 1 });
    const read = () => pipeline.handle(new Request(`${base}/integration_hubs/2`, { headers: { authorization } })).then(statusOf);
    expect([await read(), await read(), await read()]).toEqual([404, 'reset', 429]);
  });

  test('a fault with a rate applies to the calls its draw falls under', async () => {
    const pipeline = pipelineOf();
    const authorization = `Bearer ${await tokenOf(pipeline)}`;
    await pipeline.control.faults.add('integration_hub', { status: 404, rate: 0.5 });
    const draws = jest.spyOn(Math, 'random');
    try {
      const read = (draw: number) => {
        draws.mockReturnValueOnce(draw);
        return pipeline.handle(new Request(`${base}/integration_hubs/2`, { headers: { authorization } })).then(statusOf);
      };
      expect([await read(0.7), await read(0.2), await read(0.5)]).toEqual([200, 404, 200]);
    } finally {
      draws.mockRestore();
    }
  });

  test('the journal keeps the latest requests past its limit, the API3 key masked also where it comes in the query string', async () => {
    const pipeline = pipelineOf(2);
    await pipeline.handle(new Request(`${base}/logout`, { method: 'DELETE' }));
    await pipeline.handle(new Request(`${base}/login?client_id=${key.client_id}&client_secret=${key.client_secret}`, { method: 'POST' }));
    await pipeline.handle(new Request(`${base}/login`, { method: 'POST', headers: { cookie: 'session=abc' }, body: new URLSearchParams(key) }));
    const journal = await pipeline.control.requests();
    expect(journal.map((entry) => [entry.path, entry.status, entry.body])).toEqual([
      [`/api/4.0/login?client_id=${key.client_id}&client_secret=***`, 200, undefined],
      ['/api/4.0/login', 200, { client_id: key.client_id, client_secret: '***' }],
    ]);
    expect(journal[1]?.headers.cookie).toBe('***');
  });
});
