import { loadApi, type OpenApiDocument } from '@contracts/bundles';
import { responsesChanged } from '../dev/stored-resources';
import { at } from './bundles';

// `pnpm dev` reads the stub's store back after a swap only when this says the responses changed.
describe('responsesChanged, which decides whether pnpm dev reads the stub store back after a swap', () => {
  const before = loadApi('looker').document;
  const getHub = '#/paths/~1integration_hubs~1{integration_hub_id}/get';
  const edited = (edit: (document: OpenApiDocument) => void) => {
    // A JSON copy: jest's structuredClone makes objects of another realm, whose prototypes differ.
    const copy = JSON.parse(JSON.stringify(before)) as OpenApiDocument;
    edit(copy);
    return copy;
  };

  it('is false for an edit of parameters and summaries only', () => {
    const after = edited((document) => {
      const operation = at(document, getHub);
      operation.summary = 'Another summary';
      operation.parameters = [...(operation.parameters as unknown[]), { name: 'probe', in: 'query', schema: { type: 'string' } }];
    });
    expect(responsesChanged(before, after)).toBe(false);
  });

  it('is true for a changed component schema', () => {
    const after = edited((document) => {
      at(document, '#/components/schemas/IntegrationHub').required = ['id', 'url', 'label'];
    });
    expect(responsesChanged(before, after)).toBe(true);
  });

  it('is true for a changed response of one operation, its default included', () => {
    const after = edited((document) => {
      at(document, `${getHub}/responses`).default = { description: 'Anything else' };
    });
    expect(responsesChanged(before, after)).toBe(true);
  });
});
