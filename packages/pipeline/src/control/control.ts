import controlDocument from '@contracts/bundles/generated/control.json';
import { type Api, discriminatorOf, type OpenApiDocument, type Operation } from '@contracts/bundles/model';
import type { ControlViolation, Fault, FaultInput, Fixtures, FixturesInput, FixturesLoaded, JournalEntry } from '@contracts/types/control';
import { type AnyVendor, highestNumericId, type Store, UniqueConstraintError } from '@contracts/vendors';
import Ajv2020, { type ErrorObject, type ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { type ControlStore, MemoryControlStore } from './control-store';

/** What a fault may set besides the operation it applies to. */
export type FaultSettings = Omit<FaultInput, 'operationId'>;

/**
 * The control API of one server, in-process: what `/__contracts/` serves over HTTP on the stub and the mock, and
 * what the MSW handlers offer directly.
 */
export interface Control {
  faults: {
    /** Injects a fault into `operationId` (or `*`); refused (`ControlRefusal`) when the operation cannot answer it. */
    add(operationId: string, fault: FaultSettings): Promise<Fault>;
    list(): Promise<Fault[]>;
    /** Removes one fault; false when none has that id. */
    remove(id: string): Promise<boolean>;
    clear(): Promise<void>;
  };
  /** The request journal, oldest first: every request, or those that reached `operationId`. */
  requests(operationId?: string): Promise<JournalEntry[]>;
  clearRequests(): Promise<void>;
  fixtures: {
    /** Replaces every resource of each collection given, all or nothing; refused (`ControlRefusal`) with every violation. */
    load(fixtures: FixturesInput): Promise<FixturesLoaded>;
    /** Every resource of each fixture collection, as `load` takes them. */
    export(): Promise<Fixtures>;
  };
  /** The state back to its seed (the stub's store, issued tokens, rate counts); faults and the journal stay. */
  reset(): Promise<void>;
}

export interface ControlOptions {
  /** Where faults and the journal live (default: this process's memory); a shared one makes every replica see them. */
  store?: ControlStore;
  /** Faults may answer statuses their operation does not document (`--allow-undocumented-faults`). */
  allowUndocumentedFaults?: boolean;
  /** The most requests the journal keeps; the oldest are dropped (default 1000). */
  journalLimit?: number;
}

/** A message and the violations behind it, on one line: `The fault cannot be injected: /status: …`. */
const describeRefusal = (message: string, violations: readonly ControlViolation[]) =>
  [message, ...violations.map((violation) => `${violation.path || '(the whole body)'}: ${violation.message}`)].join('; ');

/** A control request refused: its status and the control API's error body (`summary` and `violations`). */
export class ControlRefusal extends Error {
  override readonly name = 'ControlRefusal';
  constructor(
    readonly status: number,
    readonly summary: string,
    readonly violations: ControlViolation[] = [],
  ) {
    super(describeRefusal(summary, violations));
  }
}

/** What a fault makes the transport do instead of answering: drop the connection, or hold it until the client goes away. */
export type Interruption = 'reset' | 'hang';

const defaultJournalLimit = 1000;

/** Ajv's errors as violations at JSON pointers below `at`, naming a missing property itself. */
function violationsOf(at: string, errors: ErrorObject[] | null | undefined): ControlViolation[] {
  return (errors ?? []).map((error) => {
    const missing = error.keyword === 'required' ? `/${String(error.params.missingProperty)}` : '';
    return { path: `${at}${error.instancePath}${missing}`, message: error.message ?? 'is invalid' };
  });
}

const newAjv = () => {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  return ajv;
};

const controlId = 'urn:contracts:control';
let faultSchema: ValidateFunction | undefined;
/** The control API's own schema of a fault, compiled once per process. */
function validateFault(value: unknown): ControlViolation[] {
  if (!faultSchema) {
    const ajv = newAjv();
    ajv.addSchema({ ...(controlDocument as object), $id: controlId });
    faultSchema = ajv.getSchema(`${controlId}#/components/schemas/Fault`);
    if (!faultSchema) throw new Error('the control API has no Fault schema; run `pnpm generate`');
  }
  return faultSchema(value) ? [] : violationsOf('', faultSchema.errors);
}

// Keyed by the vendor's document, so each pipeline of one bundle (one per MSW `createHandlers()`) shares the schemas.
const resourceValidators = new WeakMap<OpenApiDocument, Ajv2020>();
/** Validates a fixture resource against the vendor's schema at `pointer` (the branch a discriminator names, if any). */
function validateResource(api: Api, pointer: string, resource: unknown, at: string): ControlViolation[] {
  let ajv = resourceValidators.get(api.document);
  if (!ajv) {
    ajv = newAjv();
    ajv.addSchema({ ...api.document, $id: `urn:contracts:${api.name}` });
    resourceValidators.set(api.document, ajv);
  }
  const discriminator = discriminatorOf(api.document, { $ref: pointer });
  const value = (resource as Record<string, unknown> | null)?.[discriminator?.property ?? ''];
  const branch = discriminator && typeof value === 'string' ? discriminator.branches[value]?.ref : undefined;
  const validate = ajv.getSchema(`urn:contracts:${api.name}${branch ?? pointer}`);
  if (!validate) throw new Error(`${api.name}: no schema at ${pointer}; run \`pnpm generate\``);
  return validate(resource) ? [] : violationsOf(at, validate.errors);
}

/** The delay a fault asks for, in whole milliseconds: its `latencyMs`, or a random time within its range. */
export function latencyOf(fault: Fault): number {
  const latency = fault.latencyMs;
  if (latency === undefined) return 0;
  if (typeof latency === 'number') return latency;
  return Math.round(latency.min + Math.random() * (latency.max - latency.min));
}

/** Orders keys as ids: numbers by value, then the others by text. */
const byKey = (a: string, b: string) => {
  const [x, y] = [Number(a), Number(b)];
  return Number.isSafeInteger(x) && Number.isSafeInteger(y) ? x - y : a.localeCompare(b);
};

export interface ControlContext {
  api: Api;
  vendor: AnyVendor;
  operations: Operation[];
  /** What answers, for messages: `stub`, `mock`, `MSW handlers`. */
  server: string;
  /** The store fixtures go into; none when answering from examples. */
  store?: Store;
  /** Puts the state back to its seed. */
  reset(): Promise<void>;
}

/** The control of one pipeline, and what the pipeline itself needs of it: the fault for a call, and where to journal it. */
export interface PipelineControl {
  control: Control;
  /** The fault that decides this call of `operation`, if one applies (counting it against its `times`). */
  faultFor(operation: Operation): Promise<Fault | undefined>;
  /** Journals one request. */
  record(entry: JournalEntry): Promise<void>;
}

export function createControl(context: ControlContext, options: ControlOptions = {}): PipelineControl {
  const { api, vendor, operations, server } = context;
  const store = options.store ?? new MemoryControlStore();
  const journalLimit = options.journalLimit ?? defaultJournalLimit;
  const byId = new Map(operations.map((operation) => [operation.operationId, operation]));

  /** Why `fault` cannot be injected, beyond its schema. */
  function faultProblems(fault: FaultInput): ControlViolation[] {
    const covered = fault.operationId === '*' ? operations : [byId.get(fault.operationId)].filter((operation) => operation !== undefined);
    if (covered.length === 0) {
      return [{ path: '/operationId', message: `${api.title} has no operation ${fault.operationId}; use one of its operationIds, or * for all of them` }];
    }
    const problems: ControlViolation[] = [];
    if (fault.status === undefined && fault.kind === undefined && fault.latencyMs === undefined)
      problems.push({ path: '', message: 'a fault needs a status, a kind (reset or hang) or a latencyMs' });
    if (fault.status !== undefined && fault.kind !== undefined)
      problems.push({ path: '/kind', message: `a fault answers its status or ${fault.kind === 'reset' ? 'drops the connection' : 'never answers'}, not both` });
    if (fault.retryAfterSeconds !== undefined && fault.status !== 429)
      problems.push({ path: '/retryAfterSeconds', message: 'is the Retry-After of a 429; give status 429 with it' });
    if (typeof fault.latencyMs === 'object' && fault.latencyMs.min > fault.latencyMs.max)
      problems.push({ path: '/latencyMs', message: `min ${fault.latencyMs.min} is above max ${fault.latencyMs.max}` });
    const { status } = fault;
    if (status !== undefined && !options.allowUndocumentedFaults) {
      for (const operation of covered.filter((candidate) => !candidate.responses.has(status))) {
        problems.push({
          path: '/status',
          message: `${operation.operationId} does not document ${status} (it documents ${[...operation.responses.keys()].join(', ')}); start the server with --allow-undocumented-faults to inject it anyway`,
        });
      }
    }
    if (fault.example !== undefined) {
      const names = new Set(
        covered.flatMap((operation) => operation.responses.get(status ?? 0)?.content['application/json']?.examples.map((example) => example.name) ?? []),
      );
      if (!names.has(fault.example))
        problems.push({
          path: '/example',
          message: `no ${status ?? 'status'} answer documents an example ${fault.example}; name one of ${[...names].join(', ') || 'none'}`,
        });
    }
    return problems;
  }

  const statelessRefusal = () =>
    new ControlRefusal(409, `The ${server} answers from the spec's examples and keeps no state; load fixtures into the stub (pnpm stub --fixtures <file>)`);

  async function loadFixtures(fixtures: FixturesInput): Promise<FixturesLoaded> {
    const target = context.store;
    if (!target) throw statelessRefusal();
    const collections = vendor.fixtures ?? {};
    const known = Object.keys(collections).join(', ') || 'none';
    if (!fixtures || typeof fixtures !== 'object' || Array.isArray(fixtures))
      throw new ControlRefusal(422, 'No fixture was loaded', [{ path: '', message: `must be an object of collections (${known})` }]);
    const violations: ControlViolation[] = [];
    const loads: Array<{ name: string; records: Array<{ key: string; record: unknown }> }> = [];
    for (const [name, resources] of Object.entries(fixtures)) {
      const fixture = collections[name];
      if (!fixture) {
        violations.push({ path: `/${name}`, message: `${api.title} has no fixture collection ${name}; it has ${known}` });
        continue;
      }
      if (!Array.isArray(resources)) {
        violations.push({ path: `/${name}`, message: 'must be an array of resources' });
        continue;
      }
      const records: Array<{ key: string; record: unknown }> = [];
      for (const [index, resource] of resources.entries()) {
        const at = `/${name}/${index}`;
        const problems = validateResource(api, fixture.schema, resource, at);
        violations.push(...problems);
        if (problems.length > 0) continue;
        const record = fixture.toRecord(resource as Record<string, unknown>);
        const key = fixture.keyOf(record);
        if (key === undefined) violations.push({ path: `${at}/id`, message: 'is required to store the resource' });
        else if (records.some((loaded) => loaded.key === key)) violations.push({ path: `${at}/id`, message: `repeats the id of another resource (${key})` });
        else records.push({ key, record });
      }
      loads.push({ name, records });
    }
    if (violations.length > 0) throw new ControlRefusal(422, 'No fixture was loaded', violations);
    try {
      await target.transaction(async (transaction) => {
        for (const { name, records } of loads) {
          const fixture = collections[name] as NonNullable<(typeof collections)[string]>;
          for (const stored of await transaction.list(fixture.collection)) {
            const key = fixture.keyOf(stored);
            if (key !== undefined) transaction.delete(fixture.collection, key);
          }
          for (const { key, record } of records) transaction.put(fixture.collection, key, record);
          // Handlers number new resources on from there, never onto a loaded one.
          await transaction.advanceSequence(fixture.collection, highestNumericId(records.map(({ key }) => key)));
        }
      });
    } catch (error) {
      if (error instanceof UniqueConstraintError) throw new ControlRefusal(422, 'No fixture was loaded', [{ path: '', message: error.message }]);
      throw error;
    }
    return { loaded: Object.fromEntries(loads.map(({ name, records }) => [name, records.length])) };
  }

  async function exportFixtures(): Promise<Fixtures> {
    const source = context.store;
    if (!source) throw statelessRefusal();
    const exported: Fixtures = {};
    for (const [name, fixture] of Object.entries(vendor.fixtures ?? {})) {
      const records = (await source.list(fixture.collection)).map((record) => ({ key: fixture.keyOf(record) ?? '', record }));
      exported[name] = records.sort((a, b) => byKey(a.key, b.key)).map(({ record }) => fixture.toResource(record) as Record<string, unknown>);
    }
    return exported;
  }

  const control: Control = {
    faults: {
      async add(operationId, settings) {
        // Read-only fields of a fault someone exported are the store's to set.
        const { id: _id, remaining: _remaining, ...rest } = settings as FaultSettings & Partial<Fault>;
        const fault: FaultInput = { ...rest, operationId };
        const invalid = validateFault(fault);
        const problems = invalid.length > 0 ? invalid : faultProblems(fault);
        if (problems.length > 0) throw new ControlRefusal(422, 'The fault cannot be injected', problems);
        return store.addFault(fault);
      },
      list: () => store.faults(),
      remove: (id) => store.removeFault(id),
      clear: () => store.clearFaults(),
    },
    async requests(operationId) {
      const entries = await store.requests();
      return operationId === undefined ? entries : entries.filter((entry) => entry.operationId === operationId);
    },
    clearRequests: () => store.clearRequests(),
    fixtures: { load: loadFixtures, export: exportFixtures },
    reset: () => context.reset(),
  };

  return {
    control,
    async faultFor(operation) {
      const faults = await store.faults();
      const candidates = [...faults.filter((fault) => fault.operationId === operation.operationId), ...faults.filter((fault) => fault.operationId === '*')];
      for (const fault of candidates) {
        if (fault.rate !== undefined && Math.random() >= fault.rate) continue;
        if (fault.times !== undefined && !(await store.takeCall(fault))) continue;
        return fault;
      }
      return undefined;
    },
    record: (entry) => store.record(entry, journalLimit),
  };
}
