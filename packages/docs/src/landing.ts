import { type Api, operationsOf } from '@contracts/bundles';
import { operationAnchor, summaryOf } from './operations';
import { noFavicon } from './self-contained';

/** Marks pages this package wrote, so a build only ever replaces its own output directory. */
export const generatorMeta = '<meta name="generator" content="@contracts/docs">';

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/** The file names of an API's pages and downloads, relative to the site root. */
export function siteFiles(api: Api) {
  return { reference: `${api.name}.html`, changes: `${api.name}-changes.html`, yaml: `${api.name}.yaml`, json: `${api.name}.json` };
}

const pageStyle = `
  :root { color-scheme: light dark; --muted: #5b6270; --line: #d9dde3; --accent: #0044d4; }
  @media (prefers-color-scheme: dark) { :root { --muted: #a3aab7; --line: #3a3f48; --accent: #7ea6ff; } }
  body { font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif; margin: 0 auto; max-width: 64rem; padding: 2rem 1.5rem 4rem; }
  a { color: var(--accent); }
  header p, footer { color: var(--muted); }
  section { border: 1px solid var(--line); border-radius: 8px; padding: 0.5rem 1.5rem 1.25rem; margin: 1.5rem 0; }
  h2 { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: baseline; }
  .version { font-size: 0.9rem; font-weight: normal; color: var(--muted); }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.25rem 1rem; }
  dt { color: var(--muted); }
  dd { margin: 0; }
  code { font: 0.9em ui-monospace, SFMono-Regular, Menlo, Consolas, monospace; overflow-wrap: anywhere; }
  table { border-collapse: collapse; width: 100%; margin-top: 1rem; }
  th, td { text-align: left; padding: 0.4rem 0.6rem; border-top: 1px solid var(--line); vertical-align: top; }
  th { color: var(--muted); font-weight: 600; }
  .method { font: 600 0.8rem ui-monospace, monospace; text-transform: uppercase; }
  .breaking { color: #b3261e; font-weight: 600; }
  .non-breaking { color: #1e7a34; }
  .annotation { color: var(--muted); }
  @media (prefers-color-scheme: dark) { .breaking { color: #ff8a80; } .non-breaking { color: #7fd48f; } }
  pre { padding: 0.75rem 1rem; border: 1px solid var(--line); border-radius: 6px; overflow-x: auto; }
`;

function vendorServers(api: Api): string {
  return `
        <dt>Vendor base URL</dt><dd><code>${escapeHtml(api.vendorUrl)}</code></dd>
        <dt>Local mock</dt><dd><code>${escapeHtml(api.mock.url)}</code> (<code>pnpm mock</code>)</dd>
        <dt>Local stub</dt><dd><code>${escapeHtml(api.stub.url)}</code> (<code>pnpm stub</code>)</dd>`;
}

/** The control API has no vendor: every stub and mock serves it at the root of its own origin. */
function controlServers(api: Api): string {
  return `
        <dt>Served by</dt><dd>every stub and mock, under <code>/__contracts/</code> at the root of its origin (on loopback, or with <code>--control</code>)</dd>
        <dt>Looker mock</dt><dd><code>${escapeHtml(api.mock.url)}/__contracts/</code> (<code>pnpm mock</code>)</dd>
        <dt>Looker stub</dt><dd><code>${escapeHtml(api.stub.url)}/__contracts/</code> (<code>pnpm stub</code>)</dd>`;
}

function apiSection(api: Api): string {
  const files = siteFiles(api);
  const summary = typeof api.document.info.summary === 'string' ? `<p>${escapeHtml(api.document.info.summary)}</p>` : '';
  const rows = operationsOf(api.document)
    .map(
      (operation) => `
        <tr>
          <td class="method">${escapeHtml(operation.method)}</td>
          <td><code>${escapeHtml(operation.path)}</code></td>
          <td><a href="${files.reference}${escapeHtml(operationAnchor(operation))}">${escapeHtml(summaryOf(operation))}</a></td>
        </tr>`,
    )
    .join('');
  return `
    <section id="${escapeHtml(api.name)}" aria-labelledby="${escapeHtml(api.name)}-title">
      <h2 id="${escapeHtml(api.name)}-title"><a href="${files.reference}">${escapeHtml(api.title)}</a> <span class="version">version ${escapeHtml(api.version)}</span></h2>
      ${summary}
      <dl>${api.control ? controlServers(api) : vendorServers(api)}
        <dt>Bundled spec</dt><dd><a href="${files.yaml}" download>${files.yaml}</a> · <a href="${files.json}" download>${files.json}</a></dd>
        <dt>Changes</dt><dd><a href="${files.changes}">Changes between tagged versions</a></dd>
      </dl>
      <table>
        <thead><tr><th>Method</th><th>Path</th><th>Operation</th></tr></thead>
        <tbody>${rows}
        </tbody>
      </table>
    </section>`;
}

/** The start of a hand-made page (the landing and Changes pages): its head with the shared style, up to <body>. */
export function pageHead(title: string): string {
  return `<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <meta name="viewport" content="width=device-width, initial-scale=1">
  ${generatorMeta}
  ${noFavicon}
  <title>${escapeHtml(title)}</title>
  <style>${pageStyle}</style>
</head>
`;
}

/** The landing page: every API with its base URLs, downloads and operations linked into its reference page. */
export function renderLanding(apis: Api[]): string {
  return `${pageHead(`API reference: ${apis.map((api) => api.title).join(', ')}`)}<body>
  <header>
    <h1>API reference</h1>
    <p>The contracts of ${apis.filter((api) => !api.control).length} vendor APIs${apis.some((api) => api.control) ? ', and of the control API every stub and mock serves' : ''}, generated from their OpenAPI specs. Each reference page shows every operation with request and
    response examples and code samples (curl and TypeScript). The site loads nothing from other hosts, so it works offline and on an intranet.</p>
  </header>
  <main>${apis.map(apiSection).join('')}
  </main>
  <footer>Built by <code>pnpm docs:build</code> from the bundled specs. Serve it with <code>pnpm docs</code>.</footer>
</body>
</html>
`;
}
