import { type Api, loadApis, operationsOf } from '@contracts/bundles';
import Ajv2020, { type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { authorizationOf } from '../src/callers';
import { type CaseRequest, type ConformanceCase, encodeBody, readConformanceTable } from '../src/cases';
import { type Reply, type StartedTargets, startTargets, type Target, targetKinds } from '../src/targets';

const table = readConformanceTable();
const apis = loadApis();
let started: StartedTargets;

beforeAll(async () => {
  started = await startTargets({ rateLimit: table.rateLimit });
}, 60_000);
afterAll(() => started?.close());

/** The schema every answer of `api` with `status` to `operationId` must match: the documented one, else the API's error body. */
const schemas = new Map<string, { ajv: Ajv2020; api: Api }>();
function schemaOf(apiName: string, operationId: string | undefined, status: number): ValidateFunction | 'no body' {
  let known = schemas.get(apiName);
  if (!known) {
    const api = apis.find((candidate) => candidate.name === apiName) as Api;
    const ajv = new Ajv2020({ strict: false, allErrors: true });
    addFormats(ajv);
    ajv.addSchema({ ...api.document, $id: `urn:conformance:${apiName}` });
    known = { ajv, api };
    schemas.set(apiName, known);
  }
  const operation = operationsOf(known.api.document).find((candidate) => candidate.operationId === operationId);
  const response = operation?.responses.get(status);
  if (response && !response.content['application/json']) return 'no body';
  const pointer = response?.content['application/json']?.schemaPointer ?? '#/components/schemas/Error';
  const validate = known.ajv.getSchema(`urn:conformance:${apiName}${pointer}`);
  if (!validate) throw new Error(`${apiName}: no schema at ${pointer}`);
  return validate;
}

async function send(target: Target, request: CaseRequest, authorization: string | undefined, signal?: AbortSignal): Promise<Reply> {
  const { body, contentType } = encodeBody(request);
  const headers: Record<string, string> = { ...(contentType && { 'content-type': contentType }), ...request.headers };
  if (authorization) headers.authorization = authorization;
  return target.send({ method: request.method, path: request.path, headers, ...(body !== undefined && { body }), ...(signal && { signal }) });
}

/** How long a client waits on a request a fault holds before it gives up. */
const patienceMs = 300;

/** What is wrong with how `target` ended a request a fault interrupts: `reset` fails at once, `hang` only once the client gives up. */
async function judgeInterruption(target: Target, row: ConformanceCase, authorization: string | undefined): Promise<string[]> {
  const started = performance.now();
  const outcome = await send(target, row.request, authorization, AbortSignal.timeout(patienceMs)).then(
    (reply) => `answered ${reply.status}`,
    (error: Error) => (error.name === 'TimeoutError' ? 'hang' : 'reset'),
  );
  const took = performance.now() - started;
  if (outcome !== row.expect.interrupted) return [`${target.kind}: expected ${row.expect.interrupted}, the request ${outcome} after ${Math.round(took)} ms`];
  if (outcome === 'reset' && took >= patienceMs) return [`${target.kind}: the connection dropped only after ${Math.round(took)} ms`];
  return [];
}

/** What is wrong with `target`'s answer to `row`, or nothing. */
async function judge(target: Target, row: ConformanceCase): Promise<string[]> {
  await target.reset();
  await target.control.faults.clear();
  const token = await authorizationOf(target, row.as ?? 'admin');
  const authorization = row.scheme && token ? token.replace(/^Bearer /, `${row.scheme} `) : token;
  for (const step of row.setup ?? []) await send(target, step, authorization);
  if (row.fault) {
    const { operationId = row.operation as string, ...fault } = row.fault;
    await target.control.faults.add(operationId, fault);
  }
  try {
    return row.expect.interrupted ? await judgeInterruption(target, row, authorization) : await judgeAnswer(target, row, authorization);
  } finally {
    await target.control.faults.clear();
  }
}

/** What is wrong with `target`'s answer to `row`, or nothing. */
async function judgeAnswer(target: Target, row: ConformanceCase, authorization: string | undefined): Promise<string[]> {
  const started = performance.now();
  let reply = await send(target, row.request, authorization);
  for (let sent = 1; sent < (row.repeat ?? 1); sent++) reply = await send(target, row.request, authorization);
  const took = performance.now() - started;
  const expected = row.state?.[target.kind] ?? row.expect.status;
  const seen = `${reply.status} ${reply.text.slice(0, 300)}`;
  if (reply.status !== expected) return [`${target.kind}: expected ${expected}, answered ${seen}`];
  const problems: string[] = [];
  if (row.expect.afterMs !== undefined && took < row.expect.afterMs)
    problems.push(`${target.kind}: answered after ${Math.round(took)} ms, before the fault's ${row.expect.afterMs} ms`);
  const schema = schemaOf(row.api, row.operation, reply.status);
  if (row.request.method === 'HEAD' || row.request.method === 'OPTIONS' || schema === 'no body') {
    if (reply.text !== '') problems.push(`${target.kind}: expected no body, answered ${seen}`);
  } else {
    if (!/^application\/json/.test(reply.headers['content-type'] ?? '')) problems.push(`${target.kind}: not JSON (${reply.headers['content-type']}): ${seen}`);
    if (!schema(reply.body)) problems.push(`${target.kind}: the body breaks the spec (${JSON.stringify(schema.errors?.slice(0, 3))}): ${seen}`);
  }
  // Only the table's expectation is checked against a target that answers by its state.
  if (row.state?.[target.kind] === undefined) {
    for (const [name, value] of Object.entries(row.expect.headers ?? {})) {
      const actual = reply.headers[name];
      if (actual === undefined || (value !== 'present' && actual !== value)) problems.push(`${target.kind}: header ${name} is ${actual}, expected ${value}`);
    }
    for (const field of [row.expect.field ?? []].flat()) {
      if (!JSON.stringify(reply.body).includes(field)) problems.push(`${target.kind}: the answer does not name ${field}: ${seen}`);
    }
  }
  return problems;
}

describe.each(apis.map((api) => [api.title, api.name]))('given the %s contract on the stub, the mock and the MSW handlers', (_title, apiName) => {
  const rows = table.cases.filter((row) => row.api === apiName);
  test.each(rows.map((row) => [row.name, row]))('%s', async (_name, row) => {
    const problems: string[] = [];
    for (const kind of targetKinds) problems.push(...(await judge(started.of(apiName)[kind], row as ConformanceCase)));
    expect(problems).toEqual([]);
  });
});

describe('given the table', () => {
  test('it holds at least 150 cases', () => {
    expect(table.cases.length).toBeGreaterThanOrEqual(150);
  });

  test('it provokes every documented status of every operation by a request (not a fault, which answers any), or says why none can', () => {
    const missing: string[] = [];
    for (const api of apis) {
      for (const operation of operationsOf(api.document)) {
        for (const status of operation.responses.keys()) {
          const provoked = table.cases.some(
            (row) =>
              !row.fault &&
              row.api === api.name &&
              row.operation === operation.operationId &&
              (row.expect.status === status || Object.values(row.state ?? {}).includes(status)),
          );
          const excused = table.unprovoked.some((row) => row.api === api.name && row.operation === operation.operationId && row.status === status);
          if (!provoked && !excused) missing.push(`${api.name} ${operation.operationId} ${status}`);
        }
      }
    }
    expect(missing).toEqual([]);
  });

  test('every case names an operation of its API, or none for a path no operation takes', () => {
    const unknown = table.cases.filter(
      (row) =>
        row.operation && !operationsOf((apis.find((api) => api.name === row.api) as Api).document).some((operation) => operation.operationId === row.operation),
    );
    expect(unknown.map((row) => row.name)).toEqual([]);
  });
});
