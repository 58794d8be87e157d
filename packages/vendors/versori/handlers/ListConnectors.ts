import type { Connector } from '@contracts/types/versori';
import { decodeCursor, encodeCursor } from '../../src/cursors';
import type { VersoriHandler } from '../context';
import { versoriError } from '../errors';
import { connectors } from '../store';

/** `category:crm,team` → [['category', 'crm'], ['team', undefined]]. */
const tagFilters = (tags: string) =>
  tags
    .split(',')
    .filter(Boolean)
    .map((pair) => {
      const [key = '', value] = pair.split(':');
      return [key.trim(), value?.trim()] as const;
    });

const hasTag = (connector: Connector, key: string, value: string | undefined) => {
  const values = connector.tags?.[key];
  return values !== undefined && (value === undefined || values.includes(value));
};

/**
 * The organisation's connectors, most recently updated first (Versori documents `sort` but does not support custom
 * orders yet), narrowed by the filters: `name` and `protocol` contain the text, ignoring case; `tags` are
 * `key[:value]` pairs the connector must all have; `categories` match the connector's `category` tags, ignoring
 * case (inferred: connectors have no other category). One page of `first` at a time, `next`/`prev` as cursors.
 */
const listConnectors: VersoriHandler<'ListConnectors'> = async ({ params, query }, { store }) => {
  const contains = (text: string | undefined, part: string | undefined) => part === undefined || (text ?? '').toLowerCase().includes(part.toLowerCase());
  const categories = [query.categories ?? []].flat().map((category) => category.toLowerCase());
  const order = (a: Connector, b: Connector) => b.updatedAt.localeCompare(a.updatedAt) || a.id.localeCompare(b.id);
  const all = (await store.list(connectors)).filter((connector) => connector.organisationId === params.organisation_id).sort(order);
  const wanted = all.filter(
    (connector) =>
      contains(connector.name, query.name) &&
      contains(connector.protocol, query.protocol) &&
      tagFilters(query.tags ?? '').every(([key, value]) => hasTag(connector, key, value)) &&
      (categories.length === 0 || (connector.tags?.category ?? []).some((category) => categories.includes(category.toLowerCase()))),
  );
  // `first` below 1 was refused before the handler (refusals.ts).
  const first = query.first ?? 20;
  // Versori's cursors are base64 of a connector id (`after`: the last of a page, `before`: the first); a page goes on
  // from its place in the list's order, even if a filter leaves that connector out.
  const cursorOf = (cursor: string) => {
    const id = decodeCursor(cursor);
    return id === undefined ? undefined : all.find((connector) => connector.id === id);
  };
  const badCursor = (field: 'after' | 'before') =>
    versoriError(400, `${field} is not a cursor of this list`, [{ field, message: 'must be a next or prev of an earlier answer' }]);
  let start = 0;
  let stop: number | undefined;
  if (query.after !== undefined) {
    const last = cursorOf(query.after);
    if (!last) return badCursor('after');
    const index = wanted.findIndex((connector) => order(connector, last) > 0);
    start = index < 0 ? wanted.length : index;
  } else if (query.before !== undefined) {
    const head = cursorOf(query.before);
    if (!head) return badCursor('before');
    const index = wanted.findIndex((connector) => order(connector, head) >= 0);
    stop = index < 0 ? wanted.length : index;
    start = Math.max(0, stop - first);
  }
  const page = wanted.slice(start, stop ?? start + first);
  const head = page[0];
  const tail = page[page.length - 1];
  return {
    status: 200,
    body: {
      totalCount: wanted.length,
      ...(tail && start + page.length < wanted.length && { next: encodeCursor(tail.id) }),
      ...(head && start > 0 && { prev: encodeCursor(head.id) }),
      connectors: page,
    },
  };
};

export default listConnectors;
