import { STATUS_CODES } from 'node:http';
import type { LocalCredentials } from '@contracts/credentials';
import type { Issue } from '../issues';
import { tokenOf, type Vendor } from './vendor';

// Truto's API is built on a Fastify-style stack: errors are {statusCode, error, message}, and
// validation messages name the field as `body/is_enabled must be boolean`.
const prefixes: Record<string, string> = { body: 'body', path: 'params', query: 'querystring', header: 'headers' };

// An unexpected property is named, as the message alone would not say which one.
const describe = (issue: Issue) =>
  `${[prefixes[issue.location] ?? issue.location, ...(issue.keyword === 'additionalProperties' ? issue.field : issue.at)].join('/')} ${issue.message}`;

export function truto(credentials: LocalCredentials): Vendor {
  const error = (status: number, message: string) => ({ statusCode: status, error: STATUS_CODES[status] ?? 'Error', message });
  return {
    error,
    invalid: (status, issues) => error(status, issues.map(describe).join(', ')),
    authenticate: (authorization) => tokenOf(authorization, ['bearer']) === credentials.trutoApiToken,
  };
}
