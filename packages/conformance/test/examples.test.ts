import { exampleRequests, loadApis, operationsOf, writeOnlyStripper } from '@contracts/bundles';
import { isNotImplemented } from '@contracts/vendors';
import { vendorOf } from '@contracts/vendors/registry';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { authorizationOf } from '../src/callers';
import { type StartedTargets, startTargets, targetKinds } from '../src/targets';

const apis = loadApis();
let started: StartedTargets;

beforeAll(async () => {
  started = await startTargets();
}, 60_000);
afterAll(() => started?.close());

// Every named request example of every operation, read from the bundles: an operation added to the spec is in this
// table at once, answering 501 in the vendor's shape on the stub and MSW until its handler is written.
describe.each(apis.map((api) => [api.title, api] as const))('given the example requests of %s, each sent to the stub, the mock and MSW', (_title, api) => {
  const operations = operationsOf(api.document);
  const vendor = vendorOf(api.name);
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema({ ...api.document, $id: `urn:examples:${api.name}` });
  const rows = exampleRequests(api.document, operations).map((example) => [`${example.operationId} (${example.name})`, example] as const);

  test.each(rows)('it answers %s with a documented 2xx in the spec’s shape, without write-only fields', async (_name, example) => {
    const operation = operations.find((candidate) => candidate.operationId === example.operationId);
    if (!operation) throw new Error(`no operation ${example.operationId}`);
    const scaffold = isNotImplemented(vendor.operationHandlers[example.operationId]);
    for (const kind of targetKinds) {
      const target = started.of(api.name)[kind];
      await target.reset();
      const authorization = example.anonymous ? undefined : await authorizationOf(target, 'admin');
      const reply = await target.send({
        method: example.method,
        path: example.path,
        headers: { ...(authorization && { authorization }), ...(example.contentType && { 'content-type': example.contentType }) },
        ...(example.body !== undefined && { body: example.body }),
      });
      const seen = `${kind}: ${reply.status} ${reply.text.slice(0, 200)}`;
      if (scaffold && kind !== 'mock') {
        expect([seen, reply.body]).toEqual([expect.stringMatching(/^\S+: 501 /), vendor.errors.body(501, (reply.body as { message: string }).message)]);
        continue;
      }
      expect([...operation.responses.keys()].filter((status) => status < 300)).toContain(reply.status);
      const pointer = operation.responses.get(reply.status)?.content['application/json']?.schemaPointer;
      if (!pointer) {
        expect([seen, reply.text]).toEqual([seen, '']);
        continue;
      }
      const validate = ajv.getSchema(`urn:examples:${api.name}${pointer}`);
      expect([seen, validate?.(reply.body) ? [] : validate?.errors]).toEqual([seen, []]);
      const strip = writeOnlyStripper(api.document, operation.responses.get(reply.status)?.content['application/json']?.schema);
      expect([seen, strip(reply.body)]).toEqual([seen, reply.body]);
    }
  });
});
