import { type Api, operationsOf } from '@contracts/bundles';
import { type Change, type ContractHistory, operationLabel, releaseLabel, type VersionStep, whereLabel } from '@contracts/diff';
import { escapeHtml, pageHead, siteFiles } from './landing';
import { operationAnchor } from './operations';

const order = { breaking: 0, 'non-breaking': 1, annotation: 2 } as const;

/** The operation's link into the reference page while it still exists there, else its label alone. */
function operationCell(api: Api, change: Change): string {
  if (!change.operation) return 'document';
  const { method, path } = change.operation;
  const current = operationsOf(api.document).find((operation) => operation.method === method.toLowerCase() && operation.path === path);
  const label = `<code>${escapeHtml(operationLabel(change))}</code>`;
  return current ? `<a href="${siteFiles(api).reference}${escapeHtml(operationAnchor(current))}">${label}</a>` : label;
}

function stepSection(api: Api, step: VersionStep): string {
  const changes = [...step.changes].sort((a, b) => order[a.classification] - order[b.classification]);
  const breaking = changes.filter((change) => change.classification === 'breaking').length;
  const summary =
    changes.length === 0
      ? 'No changes to the contract.'
      : `${changes.length} change${changes.length === 1 ? '' : 's'}, ${breaking === 0 ? 'none' : breaking} breaking.`;
  const rows = changes
    .map(
      (change) => `
          <tr>
            <td class="${change.classification}">${change.classification}</td>
            <td>${operationCell(api, change)}</td>
            <td>${escapeHtml(whereLabel(change))}</td>
            <td>${escapeHtml(change.description)}</td>
            <td>${escapeHtml(change.reasons.join('; '))}</td>
          </tr>`,
    )
    .join('');
  const table =
    changes.length === 0
      ? ''
      : `
      <table>
        <thead><tr><th>Change</th><th>Operation</th><th>Where</th><th>What changed</th><th>Why it breaks clients</th></tr></thead>
        <tbody>${rows}
        </tbody>
      </table>`;
  return `
    <section id="${escapeHtml(step.to.tag)}">
      <h2>${escapeHtml(releaseLabel(step.from))} → ${escapeHtml(releaseLabel(step.to))}</h2>
      <p>${summary}</p>${table}
    </section>`;
}

function tagAdvice(api: Api): string {
  return `<p>A version is a release of the packages that carry this contract: <code>pnpm release</code> tags it
      <code>${escapeHtml(api.name)}@&lt;version of the packages&gt;</code>, and the API's own version (now ${escapeHtml(api.version)}) is shown beside it.
      To cut one, add a changeset (<code>pnpm changeset</code>) and run:</p>
      <pre><code>pnpm release</code></pre>`;
}

function body(api: Api, history: ContractHistory): string {
  if (history.versions.length === 0) {
    return `
    <section id="no-versions">
      <h2>No tagged versions yet</h2>
      <p>This page lists the changes between consecutive tagged versions of the contract, and no version of it has been tagged in this clone.</p>
      ${tagAdvice(api)}
    </section>`;
  }
  if (history.versions.length === 1) {
    return `
    <section id="one-version">
      <h2>One tagged version: ${escapeHtml(history.versions[0] ? releaseLabel(history.versions[0]) : '')}</h2>
      <p>Changes appear here once the next version is tagged.</p>
      ${tagAdvice(api)}
    </section>`;
  }
  return history.steps.map((step) => stepSection(api, step)).join('');
}

/** The Changes page of one API: the changes between its consecutive tagged versions, newest first, or how to tag one. */
export function renderChangesPage(api: Api, history: ContractHistory): string {
  const files = siteFiles(api);
  const problems =
    history.problems.length === 0
      ? ''
      : `
    <section id="notes">
      <h2>Notes</h2>
      <ul>${history.problems.map((problem) => `<li>${escapeHtml(problem)}</li>`).join('')}</ul>
    </section>`;
  return `${pageHead(`Changes: ${api.title}`)}<body>
  <header>
    <p><a href="index.html">All APIs</a> · <a href="${files.reference}">${escapeHtml(api.title)} reference</a></p>
    <h1>Changes: ${escapeHtml(api.title)}</h1>
    <p>Every change between consecutive tagged versions of this contract, newest first, classified as <code>pnpm diff</code> does:
    <span class="breaking">breaking</span> changes need clients to change, <span class="non-breaking">non-breaking</span> ones do not,
    <span class="annotation">annotation</span> changes only touch descriptions and examples.</p>
  </header>
  <main>${body(api, history)}${problems}
  </main>
  <footer>Built by <code>pnpm docs:build</code> from the git tags <code>${escapeHtml(api.name)}@*</code> of the clone it ran in
  (<code>git fetch --tags</code> first to include every version).</footer>
</body>
</html>
`;
}
