// What every package reads from a bundle, with no Node API: safe in a browser bundle.
export { type Api, apiOf, serverUrl } from './api';
export { escapePointer, type Json, nodeAt, type OpenApiDocument, resolveRef } from './document';
export { type ExampleRequest, examplePath, exampleRequests } from './example-requests';
export {
  type HttpMethod,
  httpMethods,
  type MediaType,
  type NamedExample,
  type Operation,
  operationsOf,
  type Parameter,
  parameterExample,
  type RequestBody,
  type Response,
  responseExample,
} from './operations';
export { type Discriminator, discriminatorOf, discriminatorProblem, readOnlyProperties, writeOnlyMasker, writeOnlyStripper } from './schema-markers';
export { subsetDocument, withoutExamples } from './subset';
export { schemasAt, validationDocument, withDiscriminatorChains, withRequestChains } from './validation-document';
