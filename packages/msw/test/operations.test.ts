import { exampleRequests, writeOnlyStripper } from '@contracts/bundles';
import { isNotImplemented } from '@contracts/vendors';
import type { ApiHandlers } from '../src';
import { apis, send, serverWith, specErrors } from './support';

// Every named request example of every operation, read from the bundles: an operation added to the spec is in this
// table at once, answering 501 in the vendor's shape until its handler is written, then a documented 2xx.
describe.each(apis)('given the stateful MSW handlers of $api.title', ({ api, operations, vendor, entry }) => {
  let handlers: ApiHandlers<object>;
  serverWith(() => {
    handlers = entry.createHandlers();
    return handlers;
  });
  const rows = exampleRequests(api.document, operations).map((example) => {
    const operation = operations.find((candidate) => candidate.operationId === example.operationId);
    if (!operation) throw new Error(`no operation ${example.operationId}`);
    const scaffold = isNotImplemented(vendor.handlers[example.operationId]);
    return [
      `${example.operationId} (${example.name})`,
      scaffold ? 'the 501 of its scaffolded handler' : 'a documented 2xx',
      { example, operation, scaffold },
    ] as const;
  });

  test.each(rows)('it answers the example request %s with %s, in the spec’s shape, without write-only fields', async (_title, _expected, row) => {
    const { example, operation, scaffold } = row;
    const authorization = await vendor.warmUpAuthorization(handlers.store, vendor.credentials.read());
    const answer = await send(`${api.vendorUrl}${example.path}`, {
      method: example.method,
      headers: { ...(!example.anonymous && { authorization }), ...(example.contentType && { 'content-type': example.contentType }) },
      body: example.body,
    });
    if (scaffold) {
      expect(answer.status).toBe(501);
      const { message } = answer.body as { message: string };
      expect(message).toContain(`${example.operationId} is not implemented yet`);
      expect(answer.body).toEqual(vendor.errors.body(501, message));
      return;
    }
    expect([...operation.responses.keys()].filter((status) => status < 300)).toContain(answer.status);
    expect(specErrors(api, operation, answer.status, answer.body)).toEqual([]);
    const strip = writeOnlyStripper(api.document, operation.responses.get(answer.status)?.content['application/json']?.schema);
    expect(strip(answer.body)).toEqual(answer.body);
  });
});
