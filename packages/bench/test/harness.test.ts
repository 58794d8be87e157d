import { median, ratioOf, summary, target } from '../src';

const round = (requests: number, seconds: number, p50 = 1, p99 = 5) => ({ requests, seconds, p50, p99 });

describe('given the rounds measured on a target', () => {
  test.each([
    [[round(1000, 1), round(3000, 1)], 2000],
    [[round(1000, 2), round(1000, 0.5)], 800],
    [[], 0],
  ])('its requests/s over %j is the total of requests over the total time: %p', (rounds, rps) => {
    expect(summary(rounds).rps).toBeCloseTo(rps);
  });

  test('its latencies are the medians of the rounds', () => {
    expect(summary([round(1, 1, 1, 9), round(1, 1, 3, 4), round(1, 1, 2, 7)])).toMatchObject({ p50: 2, p99: 7 });
    expect(median([])).toBe(0);
  });

  test('the ratio of two targets is that of their requests/s', () => {
    const request = { url: 'http://127.0.0.1:1/', method: 'GET' as const, headers: {} };
    const fast = { ...target('fast', request), rounds: [round(3000, 1)] };
    const slow = { ...target('slow', request), rounds: [round(1000, 1)] };
    expect(ratioOf(slow, fast)).toBeCloseTo(1 / 3);
  });
});
