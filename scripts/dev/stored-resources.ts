import { isDeepStrictEqual } from 'node:util';
import { type Api, exampleRequests, type OpenApiDocument, operationsOf } from '@contracts/bundles';
import { vendorOf } from '@contracts/vendors/registry';

/** What the stub answers when a stored resource breaks the response schema (its response validation). */
const brokeItsContract = 'broke its contract';

async function send(url: string, method: string, headers: Record<string, string>, body?: string): Promise<{ status: number; body: unknown }> {
  const response = await fetch(url, { method, headers, body });
  const text = await response.text();
  try {
    return { status: response.status, body: text ? JSON.parse(text) : undefined };
  } catch {
    return { status: response.status, body: text };
  }
}

/**
 * The `Authorization` a client of `api` sends: the token of its anonymous login example where it has one (Looker's
 * `POST /login`), else the vendor's configured token.
 */
async function authorizationOf(api: Api, baseUrl: string): Promise<string | undefined> {
  const operations = operationsOf(api.document);
  for (const example of exampleRequests(api.document, operations).filter((candidate) => candidate.anonymous && candidate.body !== undefined)) {
    const answer = await send(`${baseUrl}${example.path}`, example.method, example.contentType ? { 'content-type': example.contentType } : {}, example.body);
    const token = (answer.body as { access_token?: unknown } | undefined)?.access_token;
    if (answer.status === 200 && typeof token === 'string') return `Bearer ${token}`;
  }
  const [configured] = Object.values(vendorOf(api.name).credentials.read(process.env) as Record<string, string>);
  return configured ? `Bearer ${configured}` : undefined;
}

/**
 * Reads what a running stub holds through the spec's own GET example requests (lists among them), as a client would,
 * and names each stored resource the stub can no longer serve because its contract's response schema changed under
 * it: `integration_hub: The stub broke its contract: …`.
 */
export async function offContractResources(api: Api, baseUrl: string): Promise<string[]> {
  const authorization = await authorizationOf(api, baseUrl);
  const found = new Set<string>();
  for (const example of exampleRequests(api.document, operationsOf(api.document)).filter((candidate) => candidate.method === 'GET')) {
    const answer = await send(`${baseUrl}${example.path}`, 'GET', authorization && !example.anonymous ? { authorization } : {});
    const message = (answer.body as { message?: unknown } | undefined)?.message;
    if (answer.status === 500 && typeof message === 'string' && message.includes(brokeItsContract)) found.add(`${example.operationId}: ${message}`);
  }
  return [...found];
}

/** Whether what the stub may answer changed: an operation's responses, or the components they refer to. */
export function responsesChanged(before: OpenApiDocument, after: OpenApiDocument): boolean {
  const responses = (document: OpenApiDocument) => operationsOf(document).map((operation) => [operation.operationId, operation.object.responses]);
  return !isDeepStrictEqual(before.components, after.components) || !isDeepStrictEqual(responses(before), responses(after));
}
