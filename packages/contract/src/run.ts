import type { OpenApiDocument } from '@contracts/bundles';
import { type AuthPlan, tokenFrom } from './auth';
import { type Exchange, readMethods, type Target } from './http';
import { type Breach, describeExpectation, type Expectation, judge } from './judge';
import type { KitOperation } from './operations';
import { consult, type Draft, describeRequest, type Oracle, toRequest } from './requests';
import type { Schemas } from './schemas';

export type Phase = 'auth' | 'state' | 'positive' | 'negative' | 'fuzz' | 'invariant';

/** One check of the run: a request (or a sequence) and its verdict. */
export interface CaseResult {
  phase: Phase;
  operationId: string;
  title: string;
  outcome: 'passed' | 'failed' | 'skipped';
  /** The request as the failure line shows it. */
  request?: string;
  expected?: string;
  actual?: number;
  breaches: Breach[];
  reason?: string;
}

/** Whether the target keeps what it is sent, as the kit found out. */
export interface StateFinding {
  stateful: boolean | undefined;
  how: string;
}

/** A secret is tracked when a server could not repeat it by chance. */
const trackable = (value: string) => value.length >= 8 && new Set(value).size >= 5;

/** The running state of one contract run, shared by its phases. */
export class Run {
  readonly results: CaseResult[] = [];
  readonly secrets = new Set<string>();
  /** Operations whose example entity the target does not have (their positive case answered 404). */
  readonly absentExamples = new Set<string>();
  state: StateFinding = { stateful: undefined, how: 'not probed' };
  renewals = 0;
  private token: string | undefined;

  constructor(
    readonly document: OpenApiDocument,
    readonly operations: KitOperation[],
    readonly schemas: Schemas,
    readonly target: Target,
    readonly auth: AuthPlan,
    readonly writesAllowed: boolean,
    readonly params: Record<string, string>,
    readonly deadline: number,
    /** fast-check's seed, also the root of the run's distinctive values. */
    readonly seed: number,
  ) {
    this.token = auth.token;
  }

  get authorization(): string | undefined {
    return this.token === undefined ? undefined : `Bearer ${this.token}`;
  }

  /** Why a draft may not be sent, or undefined when it may. */
  refusal(draft: Draft): string | undefined {
    if (readMethods.has(draft.operation.method.toUpperCase()) || this.writesAllowed) return undefined;
    return 'a write, and the target is not on this machine: pass --allow-writes to send writes';
  }

  /** Logs in through the API's login operation; the first login is a case of the run, a renewal only when it fails. */
  async logIn(renewal = false): Promise<boolean> {
    const login = this.auth.login;
    if (!login || this.auth.token) return true;
    const draft: Draft = {
      operation: login.operation,
      path: {},
      query: {},
      body: { contentType: login.media.mediaType, text: new URLSearchParams(login.fields).toString() },
      credentials: 'none',
    };
    const exchange = await this.sendDraft(draft, consult(this.schemas, draft));
    const title = `${renewal ? 'log in again' : 'log in'} with ${login.variables.join(' and ')}`;
    const verdict = this.record('auth', draft, exchange, { kind: 'success' }, title);
    if (verdict !== 'passed') return false;
    if (renewal) this.results.pop();
    this.token = tokenFrom(JSON.parse(exchange.text));
    return this.token !== undefined;
  }

  /** Sends a draft as it is: no judging, the write-only values it carries tracked first. */
  async sendDraft(draft: Draft, oracle: Oracle): Promise<Exchange> {
    for (const value of oracle.writeOnlyValues) if (trackable(value)) this.secrets.add(value);
    const exchange = await this.target.send(toRequest(draft, this.authorization));
    // A session ended by the server (logout, expiry) is renewed once, as a client would, when the kit logged in itself.
    if (exchange.status === 401 && draft.credentials === 'session' && this.auth.login && !this.auth.token && draft.operation !== this.auth.login.operation) {
      this.renewals++;
      this.token = undefined;
      if (await this.logIn(true)) return this.target.send(toRequest(draft, this.authorization));
    }
    return exchange;
  }

  /** Judges an exchange and records the case; returns the outcome. */
  record(phase: Phase, draft: Draft, exchange: Exchange, expectation: Expectation, title: string, extra: Breach[] = []): CaseResult['outcome'] {
    const verdict = judge(draft.operation, exchange, expectation, this.schemas, this.secrets);
    const breaches = [...verdict.breaches, ...extra];
    const outcome = breaches.length > 0 ? 'failed' : verdict.outcome;
    this.results.push({
      phase,
      operationId: draft.operation.operationId,
      title,
      outcome,
      request: describeRequest(exchange.request),
      expected: describeExpectation(draft.operation, expectation),
      actual: exchange.status,
      breaches,
      reason: verdict.reason,
    });
    return outcome;
  }

  /** Records a case that was not sent, and why. */
  skip(phase: Phase, operationId: string, title: string, reason: string): void {
    this.results.push({ phase, operationId, title, outcome: 'skipped', breaches: [], reason });
  }

  /** Records a failure found over several requests (an invariant). */
  fail(phase: Phase, operationId: string, title: string, breaches: Breach[], request?: string): void {
    this.results.push({ phase, operationId, title, outcome: 'failed', breaches, request });
  }

  pass(phase: Phase, operationId: string, title: string): void {
    this.results.push({ phase, operationId, title, outcome: 'passed', breaches: [] });
  }

  /** Sends a draft unless it may not be sent, judges the answer and records the case. */
  async check(phase: Phase, draft: Draft, expectation: Expectation, title: string): Promise<{ outcome: CaseResult['outcome']; exchange?: Exchange }> {
    const refusal = this.refusal(draft);
    if (refusal) {
      this.skip(phase, draft.operation.operationId, title, refusal);
      return { outcome: 'skipped' };
    }
    const exchange = await this.sendDraft(draft, consult(this.schemas, draft));
    return { outcome: this.record(phase, draft, exchange, expectation, title), exchange };
  }

  get timeLeft(): number {
    return this.deadline - Date.now();
  }
}
