import { failureLine, runContract } from '../src';
import { startWidgets, type WidgetBreach, widgetsDocument } from './fixtures/widgets';

const contractOf = (url: string) =>
  runContract({ api: { name: 'widgets', document: widgetsDocument }, baseUrl: url, seed: 3, runs: 30, timeLimitMs: 20_000, env: {} });

describe.each<[WidgetBreach, string, RegExp[]]>([
  ['none', 'it runs the lifecycle and every invariant, and passes', []],
  [
    'delete-keeps',
    'it names the get after the delete that still finds the widget',
    [
      /^FAIL getWidget \[invariant\] lifecycle of \/widgets: create, get, update, get, delete, get: get the deleted resource \(404\): GET \/widgets\/w\d+ — expected 404, got 200 — the deleted resource is still there$/m,
    ],
  ],
  [
    'rejected-writes',
    'it names the rejected update that changed the widget, read back with a GET',
    [
      /^FAIL updateWidget \[invariant\] a rejected request changes nothing: name of the wrong type \(number\) — the rejected request changed \/name \(read back with getWidget\)$/m,
    ],
  ],
])('given a widgets service with the whole resource family (%s)', (breach, outcome, lines) => {
  test(outcome, async () => {
    const server = await startWidgets(breach);
    try {
      const result = await contractOf(server.url);
      const failures = result.results.filter((item) => item.outcome === 'failed').map(failureLine);
      expect(result.state).toEqual({ stateful: true, how: 'a value written with updateWidget was read back with getWidget' });
      if (lines.length === 0) {
        expect(failures).toEqual([]);
        const lifecycle = result.results.filter((item) => item.title.startsWith('lifecycle of /widgets'));
        expect(lifecycle.map((item) => [item.title.split(': ').pop(), item.outcome])).toEqual([
          ['create', 'passed'],
          ['get the created resource', 'passed'],
          ['update it', 'passed'],
          ['get the updated resource', 'passed'],
          ['delete it', 'passed'],
          ['get the deleted resource (404)', 'passed'],
        ]);
      }
      for (const line of lines) expect(failures.join('\n')).toMatch(line);
    } finally {
      await server.close();
    }
  }, 30_000);
});
