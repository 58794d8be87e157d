const { relative } = require('node:path');
const Sequencer = require('@jest/test-sequencer').default;

// The suites known to take longest, longest first (measured in a full run on 2 cores). Jest orders a run by the
// durations it cached from the last one, else by file size; in a fresh clone that can start a long suite last, and with
// few workers the run then waits for it alone.
const longSuites = [
  /^scripts\/test\/consumer\.test\.ts$/,
  /^packages\/docs\/test\/browser\.test\.ts$/,
  /^scripts\/test\/new-vendor\.test\.ts$/,
  /^scripts\/test\/dev\.test\.ts$/,
  /^packages\/server\/test\/truto-versori\.test\.ts$/,
  /^packages\/contract\/test\/own-servers\.test\.ts$/,
  /^packages\/diff\/test\/cli\.test\.ts$/,
  /^packages\/server\/test\/hostile-requests\.test\.ts$/,
  /^packages\/conformance\/test\/[^/]+\.test\.ts$/,
  /^scripts\/test\/check\.test\.ts$/,
  /^packages\/mock\/test\/answers\.test\.ts$/,
];

const rank = (test) => {
  const index = longSuites.findIndex((pattern) => pattern.test(relative(__dirname, test.path)));
  return index === -1 ? longSuites.length : index;
};

/** Jest's own order, with the known-long suites moved to the front. */
class LongSuitesFirst extends Sequencer {
  async sort(tests) {
    const ordered = await super.sort(tests);
    // Array.prototype.sort is stable: the other suites keep jest's order.
    return [...ordered].sort((a, b) => rank(a) - rank(b));
  }
}

module.exports = LongSuitesFirst;
