import type { Fault, FaultInput, JournalEntry } from '@contracts/types/control';

/**
 * Where the faults and the request journal of one API live: this process's memory by default, or a shared store
 * (Redis, in `@contracts/server`) so that every replica of a stub applies the same faults and keeps one journal.
 */
export interface ControlStore {
  /** Adds a fault, giving it an id; it applies from the next call on. */
  addFault(fault: FaultInput): Promise<Fault>;
  /** The faults in force, in the order they were added, each with the calls it still applies to. */
  faults(): Promise<Fault[]>;
  /** Removes one fault; false when none has that id. */
  removeFault(id: string): Promise<boolean>;
  clearFaults(): Promise<void>;
  /**
   * Counts one call against a fault with `times` (removing it after its last): false when its calls ran out, say to
   * another replica's request since the faults were read.
   */
  takeCall(fault: Fault): Promise<boolean>;
  /** Adds an entry to the journal, dropping the oldest past `limit`. */
  record(entry: JournalEntry, limit: number): Promise<void>;
  /** The journal, oldest first. */
  requests(): Promise<JournalEntry[]>;
  clearRequests(): Promise<void>;
}

/** The default control store: this process's memory; runs in browsers too. */
export class MemoryControlStore implements ControlStore {
  private readonly inForce: Fault[] = [];
  private readonly journal: JournalEntry[] = [];
  private lastId = 0;

  async addFault(input: FaultInput): Promise<Fault> {
    this.lastId += 1;
    const fault: Fault = { ...input, id: String(this.lastId), remaining: input.times ?? null };
    this.inForce.push(fault);
    return structuredClone(fault);
  }

  async faults(): Promise<Fault[]> {
    return structuredClone(this.inForce);
  }

  async removeFault(id: string): Promise<boolean> {
    const index = this.inForce.findIndex((fault) => fault.id === id);
    if (index !== -1) this.inForce.splice(index, 1);
    return index !== -1;
  }

  async clearFaults(): Promise<void> {
    this.inForce.length = 0;
  }

  async takeCall(taken: Fault): Promise<boolean> {
    const fault = this.inForce.find((candidate) => candidate.id === taken.id);
    if (!fault || typeof fault.remaining !== 'number' || fault.remaining < 1) return false;
    fault.remaining -= 1;
    if (fault.remaining === 0) await this.removeFault(fault.id as string);
    return true;
  }

  async record(entry: JournalEntry, limit: number): Promise<void> {
    this.journal.push(entry);
    if (this.journal.length > limit) this.journal.splice(0, this.journal.length - limit);
  }

  async requests(): Promise<JournalEntry[]> {
    return structuredClone(this.journal);
  }

  async clearRequests(): Promise<void> {
    this.journal.length = 0;
  }
}
