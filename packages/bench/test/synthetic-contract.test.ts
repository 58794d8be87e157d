import { loadApi, nodeAt, operationsOf } from '@contracts/bundles';
import { vendor as looker } from '@contracts/vendors/looker';
import { copyOf, subsetContract, syntheticContract, syntheticVendor } from '../src';

const api = loadApi('looker');
const lookerOperations = operationsOf(api.document);
const edgePath = '/integration_hubs/{integration_hub_id}';

/** Every `$ref` in a node, however deep. */
function refs(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) refs(item, found);
  else if (node && typeof node === 'object')
    for (const [key, value] of Object.entries(node)) {
      if (key === '$ref' && typeof value === 'string') found.push(value);
      else refs(value, found);
    }
  return found;
}

describe('given the Looker bundle copied 40 times', () => {
  const contract = syntheticContract(api.document, 40, edgePath);
  const operations = operationsOf(contract);

  test('it has forty times its operations, each with an operationId of its own', () => {
    expect(operations).toHaveLength(40 * lookerOperations.length);
    expect(new Set(operations.map((operation) => operation.operationId)).size).toBe(operations.length);
  });

  test('the first copy is Looker itself and copy k lives under /copy<k>, naming the operation it copies', () => {
    expect(
      operations
        .filter((operation) => !operation.path.startsWith('/copy'))
        .map((operation) => operation.operationId)
        .sort(),
    ).toEqual(lookerOperations.map((operation) => operation.operationId).sort());
    const copied = operations.find((operation) => operation.operationId === 'update_integration_hub_copy39');
    expect(copied?.path).toBe('/copy39/integration_hubs/{integration_hub_id}');
    expect(copied?.object[copyOf]).toBe('update_integration_hub');
  });

  test('every reference resolves, and each copy refers to its own components', () => {
    for (const ref of refs(contract)) expect(nodeAt(contract, ref)).toBeDefined();
    expect(refs(contract.paths['/copy7/integration_hubs/{integration_hub_id}']).every((ref) => ref.endsWith('_copy7') || ref.includes('securitySchemes'))).toBe(
      true,
    );
  });

  test('the edge path is the first path of the first copy and the last path of the last', () => {
    const paths = Object.keys(contract.paths);
    expect(paths[0]).toBe(edgePath);
    expect(paths.at(-1)).toBe(`/copy39${edgePath}`);
  });

  test('a vendor for it runs the handler of the copied operation for every renamed one', () => {
    const vendor = syntheticVendor(looker, contract, api);
    expect(vendor.operationHandlers.update_integration_hub_copy39).toBe(looker.operationHandlers.update_integration_hub);
    expect(Object.keys(vendor.operationHandlers)).toHaveLength(operations.length);
  });
});

describe('given a subset of Looker', () => {
  test('it holds exactly the operations named, and names the one it lacks', () => {
    const subset = subsetContract(api.document, ['login', 'update_integration_hub']);
    expect(operationsOf(subset).map((operation) => operation.operationId)).toEqual(['login', 'update_integration_hub']);
    expect(() => subsetContract(api.document, ['login', 'nothing'])).toThrow('the document has no operation nothing');
  });
});
