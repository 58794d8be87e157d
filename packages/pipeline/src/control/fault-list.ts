import type { FaultInput } from '@contracts/types/control';

const grammar = `<operationId or *>=<effect>[+<effect>…][x<times>][@<rate>], where an effect is a status (429), latency:<ms> or latency:<min>-<max>, reset or hang`;

/**
 * The faults of a whole run, as `--faults` writes them: `update_integration_hub=429x2,*=latency:200-800`. Each is
 * `<operationId or *>=<effects>[x<times>][@<rate>]`; effects joined by `+` are a status (`429`), `latency:<ms>` or
 * `latency:<min>-<max>`, `reset` or `hang` (`503+latency:1000x3@0.5`: three of every second call, after a second).
 */
export function parseFaultList(text: string): FaultInput[] {
  return text
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean)
    .map((entry) => {
      const refuse = (why: string) => new Error(`--faults: ${entry} ${why}; write ${grammar}`);
      const equals = entry.indexOf('=');
      if (equals < 1) throw refuse('names no operation');
      const operationId = entry.slice(0, equals);
      const match = /^(.+?)(?:x(\d+))?(?:@(\d*\.?\d+))?$/.exec(entry.slice(equals + 1));
      if (!match?.[1]) throw refuse('has no effect');
      const fault: FaultInput = { operationId };
      if (match[2] !== undefined) fault.times = Number(match[2]);
      if (match[3] !== undefined) fault.rate = Number(match[3]);
      for (const effect of match[1].split('+')) {
        const latency = /^latency:(\d+)(?:-(\d+))?$/.exec(effect);
        if (/^\d{3}$/.test(effect)) fault.status = Number(effect);
        else if (effect === 'reset' || effect === 'hang') fault.kind = effect;
        else if (latency?.[2] !== undefined) fault.latencyMs = { min: Number(latency[1]), max: Number(latency[2]) };
        else if (latency) fault.latencyMs = Number(latency[1]);
        else throw refuse(`has an effect ${effect} it does not know`);
      }
      return fault;
    });
}
