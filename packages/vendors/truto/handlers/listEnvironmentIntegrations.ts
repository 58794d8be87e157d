import { decodeCursor, encodeCursor } from '../../src/cursors';
import type { TrutoHandler } from '../context';
import { trutoError } from '../errors';
import { byCreation, environmentIntegrations } from '../store';

/** Truto publishes no default page size; its notes show 100 in the envelope, so the fake pages by 100. */
const defaultLimit = 100;

/** The id a cursor stands for: Truto's cursors are base64 of `{"id": …}`, the last record of a page. */
function positionOf(cursor: string): string | undefined {
  try {
    const position = JSON.parse(decodeCursor(cursor) ?? '') as { id?: unknown };
    return typeof position?.id === 'string' ? position.id : undefined;
  } catch {
    return undefined;
  }
}

/** A boolean filter as it may arrive: the validator's boolean, or the query string's `true` / `false`. */
const matches = (filter: unknown, value: boolean) => filter === undefined || String(filter) === String(value);

/**
 * The environment integrations of the token's environment, oldest first, narrowed by the documented filters, one
 * page at a time: `next_cursor` names the last record of the page and is null on the last page.
 */
const listEnvironmentIntegrations: TrutoHandler<'listEnvironmentIntegrations'> = async ({ query }, { store }) => {
  const limit = query.limit ?? defaultLimit;
  const all = (await store.list(environmentIntegrations)).sort(byCreation);
  const wanted = all.filter(
    (item) =>
      (query.integration_id === undefined || item.integration_id === query.integration_id) &&
      matches(query.show_in_catalog, item.show_in_catalog) &&
      matches(query.is_enabled, item.is_enabled) &&
      (query['integration.name'] === undefined || item.integration.name === query['integration.name']) &&
      (query['integration.category'] === undefined || item.integration.category === query['integration.category']),
  );
  let start = 0;
  // An empty cursor asks for the first page: Truto's SDK sends `next_cursor=` on every first page.
  if (query.next_cursor !== undefined && query.next_cursor !== '') {
    // The cursor names the last record of the previous page; the page goes on after it in the list's order, even if
    // a filter leaves that record out.
    const id = positionOf(query.next_cursor);
    const last = id === undefined ? undefined : all.find((item) => item.id === id);
    if (!last) return trutoError(400, 'querystring/next_cursor is not a cursor of this list; pass the next_cursor of the previous page');
    const after = wanted.findIndex((item) => byCreation(item, last) > 0);
    start = after < 0 ? wanted.length : after;
  }
  const result = wanted.slice(start, start + limit);
  const last = result[result.length - 1];
  const more = start + limit < wanted.length;
  return { status: 200, body: { result, next_cursor: more && last ? encodeCursor(JSON.stringify({ id: last.id })) : null, limit } };
};

export default listEnvironmentIntegrations;
