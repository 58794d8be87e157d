import { readFileSync } from 'node:fs';
import { operationsOf } from '@contracts/bundles';
import { ControlRefusal, type Pipeline } from '@contracts/pipeline';
import type { FaultInput, FixturesInput } from '@contracts/types/control';
import { parse } from 'yaml';

/** What `--faults` and `--fixtures` set for a whole run of `pnpm stub` or `pnpm mock`. */
export interface RunSettings {
  /** Faults in force from the start, in place of any a shared store held (`--faults`). */
  faults?: FaultInput[];
  /** Resources loaded at the start, each collection into the API whose vendor has it (`--fixtures`). */
  fixtures?: FixturesInput;
}

/** A fixture file, JSON or YAML (`--fixtures <file>`). */
export function readFixtureFile(path: string): FixturesInput {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    throw new Error(`--fixtures: cannot read ${path} (${(error as Error).message})`);
  }
  try {
    return parse(text) as FixturesInput;
  } catch (error) {
    throw new Error(`--fixtures: ${path} is neither JSON nor YAML (${(error as Error).message})`);
  }
}

const explained = (error: unknown, what: string) => (error instanceof ControlRefusal ? new Error(`${what}: ${error.message}`) : error);

/**
 * Puts a run's faults and fixtures in force on the pipelines of the APIs started: a fault goes to the API that has
 * its operation (`*` to every API), a fixture collection to the API whose vendor has it. Fails, naming it, on a
 * fault or a collection no API started has, or one that API refuses.
 */
export async function applyRunSettings(pipelines: Pipeline[], settings: RunSettings): Promise<void> {
  const { faults, fixtures } = settings;
  const has = (pipeline: Pipeline, operationId: string) =>
    operationId === '*' || operationsOf(pipeline.api.document).some((operation) => operation.operationId === operationId);
  for (const fault of faults ?? []) {
    if (!pipelines.some((pipeline) => has(pipeline, fault.operationId)))
      throw new Error(`--faults: no API started has an operation ${fault.operationId} (started: ${pipelines.map((pipeline) => pipeline.api.name).join(', ')})`);
  }
  const byPipeline = new Map<Pipeline, FixturesInput>();
  for (const [name, resources] of Object.entries(fixtures ?? {})) {
    const owner = pipelines.find((pipeline) => pipeline.vendor.fixtures?.[name]);
    if (!owner) {
      const known = pipelines.flatMap((pipeline) => Object.keys(pipeline.vendor.fixtures ?? {}));
      throw new Error(`--fixtures: no API started has a fixture collection ${name} (they have ${known.join(', ') || 'none'})`);
    }
    byPipeline.set(owner, { ...byPipeline.get(owner), [name]: resources });
  }
  for (const pipeline of pipelines) {
    if (faults) {
      await pipeline.control.faults.clear();
      for (const fault of faults.filter((candidate) => has(pipeline, candidate.operationId))) {
        await pipeline.control.faults.add(fault.operationId, fault).catch((error: unknown) => {
          throw explained(error, `--faults: ${pipeline.api.name} refuses ${fault.operationId}`);
        });
      }
    }
    const own = byPipeline.get(pipeline);
    if (own) {
      await pipeline.control.fixtures.load(own).catch((error: unknown) => {
        throw explained(error, `--fixtures: ${pipeline.api.name} refuses them`);
      });
    }
  }
}
