import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

const repoRoot = resolve(__dirname, '..', '..', '..');
const tsx = join(repoRoot, 'node_modules', '.bin', 'tsx');
const contracts = join(repoRoot, 'packages', 'cli', 'src', 'bin.ts');

describe('given --help', () => {
  test('it prints both commands, the default port and the DOCS_PORT variable', () => {
    const output = execFileSync(tsx, [contracts, 'docs', '--help'], { encoding: 'utf8' });
    expect(output).toContain('contracts docs [serve] [--port <n>] [--host <address>]');
    expect(output).toContain('contracts docs build');
    expect(output).toContain('DOCS_HOST');
    expect(output).toContain('http://127.0.0.1:8080/');
    expect(output).toContain('DOCS_PORT');
  });
});

describe('given serve with DOCS_PORT=0 and --skip-build', () => {
  let child: ChildProcess | undefined;
  const site = mkdtempSync(join(tmpdir(), 'docs-cli-'));
  afterAll(() => {
    child?.kill('SIGTERM');
    rmSync(site, { recursive: true, force: true });
  });

  test('it prints the URL it serves the existing site at, and that URL answers', async () => {
    writeFileSync(join(site, 'index.html'), '<!DOCTYPE html><title>from the cli</title>');
    child = spawn(tsx, [contracts, 'docs', 'serve', '--skip-build', '--out', site], {
      env: { ...process.env, DOCS_PORT: '0' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const url = await new Promise<string>((resolveUrl, reject) => {
      let output = '';
      child?.stdout?.on('data', (chunk: Buffer) => {
        output += chunk.toString();
        const match = /Docs served at (http:\/\/127\.0\.0\.1:\d+\/)/.exec(output);
        if (match?.[1]) resolveUrl(match[1]);
      });
      child?.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
      child?.on('exit', (code) => reject(new Error(`docs serve exited with ${code}: ${output}`)));
    });
    expect(await (await fetch(url)).text()).toContain('from the cli');
  }, 30_000);
});

describe('given an unknown command', () => {
  test('it exits non-zero and names the commands', () => {
    expect(() => execFileSync(tsx, [contracts, 'docs', 'publish'], { encoding: 'utf8', stdio: 'pipe' })).toThrow(
      /Unknown command "publish"; use build or serve/,
    );
  });
});
