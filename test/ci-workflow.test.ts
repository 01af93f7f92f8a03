import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { convertWorkflowTemplate, NoOperationTraceWriter, parseWorkflow } from '@actions/workflow-parser';
import { describe, expect, it } from 'vitest';

/** The GitHub Actions workflow cannot run here; GitHub's own parser checks it against the workflow schema offline. */
const file = resolve(__dirname, '../.github/workflows/ci.yml');

async function load(content: string) {
  const parsed = parseWorkflow({ name: 'ci.yml', content }, new NoOperationTraceWriter());
  const template = parsed.value ? await convertWorkflowTemplate(parsed.context, parsed.value) : undefined;
  return { errors: parsed.context.errors.getErrors().map((e) => e.message), template };
}

describe('GitHub Actions workflow', () => {
  it('is valid against the workflow schema', async () => {
    const { errors, template } = await load(readFileSync(file, 'utf8'));
    expect(errors).toEqual([]);
    expect(template?.errors ?? []).toEqual([]);
  });

  it('runs lint, format, typecheck and the tests on Linux, Windows and macOS, and builds the unpacked app', () => {
    const text = readFileSync(file, 'utf8');
    expect(text).toMatch(/os: \[ubuntu-latest, windows-latest, macos-latest\]/);
    for (const step of ['npm ci', 'npm run lint', 'npm run format:check', 'npm run typecheck', 'npm test', 'npx electron-builder --dir']) {
      expect(text).toContain(step);
    }
  });

  it('the schema check itself catches a broken workflow', async () => {
    const { errors } = await load('on: push\njobs:\n  test:\n    runs-on: ubuntu-latest\n    stepz:\n      - run: echo\n');
    expect(errors.length).toBeGreaterThan(0);
  });
});
