import type { ControlStore } from '@contracts/pipeline';
import type { Fault, FaultInput, JournalEntry } from '@contracts/types/control';
import type { Redis } from 'ioredis';

/**
 * The faults and the request journal of one API in Redis, shared by every replica: each fault is a field of one hash
 * (`<prefix>faults`, by an id from `<prefix>fault-ids`), the calls left of those with `times` a field of another
 * (`<prefix>calls-left`), counted down with HINCRBY so that two replicas never both take a fault's last call; the
 * journal is one list (`<prefix>journal`) trimmed to its limit on every push, in one MULTI/EXEC.
 */
export class RedisControlStore implements ControlStore {
  constructor(
    private readonly client: Redis,
    private readonly prefix: string,
    /** Runs a Redis call, turning a lost connection into `StoreUnavailableError`. */
    private readonly call: <T>(run: () => Promise<T>) => Promise<T>,
  ) {}

  private readonly faultsKey = () => `${this.prefix}faults`;
  private readonly callsLeftKey = () => `${this.prefix}calls-left`;
  private readonly idsKey = () => `${this.prefix}fault-ids`;
  private readonly journalKey = () => `${this.prefix}journal`;

  async addFault(input: FaultInput): Promise<Fault> {
    const id = String(await this.call(() => this.client.incr(this.idsKey())));
    const multi = this.client.multi().hset(this.faultsKey(), id, JSON.stringify(input));
    if (input.times !== undefined) multi.hset(this.callsLeftKey(), id, input.times);
    await this.call(() => multi.exec());
    return { ...input, id, remaining: input.times ?? null };
  }

  async faults(): Promise<Fault[]> {
    const [faults, callsLeft] = await this.call(() => Promise.all([this.client.hgetall(this.faultsKey()), this.client.hgetall(this.callsLeftKey())]));
    return Object.entries(faults)
      .sort(([a], [b]) => Number(a) - Number(b))
      .map(([id, json]) => {
        const input = JSON.parse(json) as FaultInput;
        const left = callsLeft[id];
        return { ...input, id, remaining: input.times === undefined ? null : Math.max(0, Number(left ?? 0)) };
      });
  }

  async removeFault(id: string): Promise<boolean> {
    const [[, removed] = []] = (await this.call(() => this.client.multi().hdel(this.faultsKey(), id).hdel(this.callsLeftKey(), id).exec())) ?? [];
    return removed === 1;
  }

  async clearFaults(): Promise<void> {
    await this.call(() => this.client.del(this.faultsKey(), this.callsLeftKey()));
  }

  async takeCall(fault: Fault): Promise<boolean> {
    const id = fault.id as string;
    const left = await this.call(() => this.client.hincrby(this.callsLeftKey(), id, -1));
    // Below zero: another replica took the last call since the faults were read (or the fault was removed).
    if (left <= 0) await this.removeFault(id);
    return left >= 0;
  }

  async record(entry: JournalEntry, limit: number): Promise<void> {
    await this.call(() => this.client.multi().rpush(this.journalKey(), JSON.stringify(entry)).ltrim(this.journalKey(), -limit, -1).exec());
  }

  async requests(): Promise<JournalEntry[]> {
    const entries = await this.call(() => this.client.lrange(this.journalKey(), 0, -1));
    return entries.map((entry) => JSON.parse(entry) as JournalEntry);
  }

  async clearRequests(): Promise<void> {
    await this.call(() => this.client.del(this.journalKey()));
  }
}
