// @vitest-environment node
import { fileURLToPath } from 'node:url';
import { ESLint, type Linter } from 'eslint';
import { beforeAll, describe, expect, it } from 'vitest';

/**
 * The "never imports" table of architecture.md, enforced by `import-x/no-restricted-paths` in
 * eslint.config.js. An import the rule cannot resolve to a file is not checked at all, so a moved
 * folder or a broken resolver would switch the rules off without a sound: here every row is tried
 * with a forbidden import injected into a file of that part, through ESLint itself.
 */
const root = fileURLToPath(new URL('../..', import.meta.url));
const RULE = 'import-x/no-restricted-paths';
let eslint: ESLint;

beforeAll(() => {
  eslint = new ESLint({ cwd: root });
});

interface Probe {
  /** The file the import is injected into (it need not exist). */
  file: string;
  /** The import statement, on the probe's second line. */
  code: string;
}

async function lint({ file, code }: Probe): Promise<Linter.LintMessage[]> {
  const [result] = await eslint.lintText(`// probe\n${code}\n`, { filePath: `${root}${file}` });
  return result!.messages;
}

const UNSEEN = 'nothing outside boot, the mock and the designer knows the mock exists';

/** [file, import, the message the rule must give], written out rather than derived from the config. */
// prettier-ignore
const FORBIDDEN: [file: string, code: string, message: string][] = [
  // UI
  ['src/components/probe.tsx', "import { signInPath } from '../features/sign-in';", 'a shared UI piece (components/) never imports a feature'],
  ['src/components/probe.tsx', "import '../features/api-keys/model/status';", 'a shared UI piece (components/) never imports a feature'],
  ['src/components/probe.tsx', "import { App } from '../app/app';", 'a shared UI piece (components/) never imports app/'],
  ['src/components/probe.tsx', "import { mockDb } from '../mocks/db';", `a shared UI piece (components/) never imports the mock: ${UNSEEN}`],
  ['src/components/probe.tsx', "import '../designer';", `a shared UI piece (components/) never imports the designer: ${UNSEEN}`],
  // Features: app/, another feature, the mock, the designer, in every form of import
  ['src/features/api-keys/table/probe.tsx', "import type { AppProps } from '../../../app/app';", 'a feature never imports app/'],
  ['src/features/sign-in/routes/probe.tsx', "const load = () => import('../../../app/app');", 'a feature never imports app/'],
  ['src/features/api-keys/table/probe.tsx', "export { signInPath } from '../../sign-in';", 'a feature never imports another feature: shared pieces go to lib/ or components/'],
  ['src/features/sign-in/model/probe.ts', "import { deriveStatus } from '../../api-keys/model/status';", 'a feature never imports another feature: shared pieces go to lib/ or components/'],
  ['src/features/api-keys/api/probe.ts', "import { mockControl } from '../../../mocks/control';", `a feature never imports the mock: ${UNSEEN}`],
  ['src/features/sign-in/api/probe.ts', "import type { PersonaId } from '../../../mocks/personas';", `a feature never imports the mock: ${UNSEEN}`],
  ['src/features/api-keys/routes/probe.tsx', "import { DesignerTools } from '../../../designer';", `a feature never imports the designer: ${UNSEEN}`],
  ['src/features/sign-in/routes/probe.tsx', "import { DesignerTools } from '../../../designer';", `a feature never imports the designer: ${UNSEEN}`],
  // App
  ['src/app/probe.tsx', "import { mockDb } from '../mocks/db';", `app/ never imports the mock: ${UNSEEN}`],
  ['src/app/shell/probe.tsx', "const tools = () => import('../../designer');", 'app/ never imports the designer: boot mounts it beside the app'],
  // Designer
  ['src/designer/probe.tsx', "import { App } from '../app/app';", 'the designer never imports app/'],
  ['src/designer/probe.tsx', "import { deriveStatus } from '../features/api-keys/model/status';", 'the designer never imports a feature'],
  // lib/session
  ['src/lib/session/probe.ts', "import { signInPath } from '../../features/sign-in';", 'lib/session never imports a feature'],
  ['src/lib/session/probe.ts', "import { App } from '../../app/app';", 'lib/session never imports app/'],
  ['src/lib/session/probe.ts', "import { EmptyState } from '../../components/empty-state';", 'lib/session never imports UI (components/)'],
  ['src/lib/session/probe.ts', "import { mockControl } from '../../mocks/control';", `lib/session never imports the mock: ${UNSEEN}`],
  ['src/lib/session/probe.ts', "import '../../designer';", `lib/session never imports the designer: ${UNSEEN}`],
  // lib/users
  ['src/lib/users/probe.ts', "import { signInPath } from '../../features/sign-in';", 'lib/users never imports a feature'],
  ['src/lib/users/probe.ts', "import { App } from '../../app/app';", 'lib/users never imports app/'],
  ['src/lib/users/probe.ts', "import { mockDb } from '../../mocks/db';", `lib/users never imports the mock: ${UNSEEN}`],
  ['src/lib/users/probe.ts', "import '../../designer';", `lib/users never imports the designer: ${UNSEEN}`],
  // lib/api and lib/authz: nothing of the project
  ['src/lib/api/probe.ts', "import { can } from '../authz';", 'lib/api imports nothing of the project'],
  ['src/lib/api/palette/probe.ts', "import { useSession } from '../../session';", 'lib/api imports nothing of the project'],
  ['src/lib/authz/probe.ts', "import type { V1User } from '../api/palette';", 'lib/authz imports nothing of the project'],
  ['src/lib/authz/probe.ts', "import { z } from '../zod';", 'lib/authz imports nothing of the project'],
  // The mock
  ['src/mocks/probe.ts', "import { createQueryClient } from '../app/query-client';", 'the mock never imports app/'],
  ['src/mocks/handlers/probe.ts', "import { EmptyState } from '../../components/empty-state';", 'the mock never imports UI (components/)'],
  ['src/mocks/probe.ts', "import { DesignerTools } from '../designer';", 'the mock never imports UI (the designer)'],
  ['src/mocks/handlers/probe.ts', "import { MyApiKeysPage } from '../../features/api-keys/routes/my-api-keys-page';", "the mock never imports a feature's UI: only the key feature's model/ (schemas, status rules)"],
  ['src/mocks/probe.ts', "import { safeNextPath } from '../features/sign-in/model/next-path';", "the mock never imports a feature's UI: only the key feature's model/ (schemas, status rules)"],
  ['src/mocks/handlers/probe.ts', "import { isApiError } from '../../lib/api/errors';", "the mock takes only Palette's wire types from lib/api (lib/api/palette)"],
  // Shipped code never reaches into the test harness
  ['src/features/sign-in/routes/probe.tsx', "import { renderApp } from '../../../test/render-app';", 'product code never imports the test harness (src/test/)'],
  ['src/main.tsx', "import './test/setup';", 'product code never imports the test harness (src/test/)'],
  // Tests may render the app on the mock, but the other rows hold for them too
  ['src/features/sign-in/routes/probe.test.tsx', "import { deriveStatus } from '../../api-keys/model/status';", 'a feature never imports another feature: shared pieces go to lib/ or components/'],
  ['src/components/probe.test.tsx', "import '../features/sign-in';", 'a shared UI piece (components/) never imports a feature'],
  ['src/designer/probe.test.tsx', "import { signInPath } from '../features/sign-in';", 'the designer never imports a feature'],
];

/** Imports the table allows: a rule that fired on everything would prove nothing. */
// prettier-ignore
const ALLOWED: [file: string, code: string][] = [
  ['src/main.tsx', "const mock = () => import('./mocks/browser');"],
  ['src/main.tsx', "const tools = () => import('./designer');"],
  ['src/app/probe.tsx', "import { MyApiKeysPage } from '../features/api-keys/routes/my-api-keys-page';"],
  ['src/app/probe.tsx', "import { signInPath } from '../features/sign-in';"],
  ['src/designer/probe.tsx', "import { mockControl } from '../mocks/control';"],
  ['src/designer/probe.tsx', "import { EmptyState } from '../components/empty-state';"],
  ['src/features/api-keys/table/probe.tsx', "import { useCan } from '../../../lib/session';"],
  ['src/features/api-keys/table/probe.tsx', "import { deriveStatus } from '../model/status';"],
  ['src/features/sign-in/routes/probe.tsx', "import { EmptyState } from '../../../components/empty-state';"],
  ['src/lib/session/probe.ts', "import { can } from '../authz';"],
  ['src/lib/session/probe.ts', "import { isApiError } from '../api/errors';"],
  ['src/lib/api/probe.ts', "import { redact } from './redact';"],
  ['src/mocks/handlers/probe.ts', "import { deriveStatus } from '../../features/api-keys/model/status';"],
  ['src/mocks/handlers/probe.ts', "import { can } from '../../lib/authz';"],
  ['src/mocks/handlers/probe.ts', "import type { V1ApiKey } from '../../lib/api/palette';"],
  ['src/features/sign-in/routes/probe.test.tsx', "import { mockDb } from '../../../mocks/db';"],
  ['src/features/api-keys/api/probe.test.ts', "import { createQueryClient } from '../../../app/query-client';"],
  ['src/lib/session/probe.test.ts', "import { server } from '../../mocks/node';"],
  ['src/lib/session/probe.test.ts', "import { contractTraffic } from '../../test/contract';"],
];

describe('the architecture, in lint', () => {
  it.each(FORBIDDEN)('%s: %s fails', async (file, code, message) => {
    const errors = (await lint({ file, code })).filter((m) => m.ruleId === RULE);
    expect(errors).toEqual([
      expect.objectContaining({
        severity: 2,
        line: 2,
        message: expect.stringContaining(`architecture: ${message} (architecture.md)`),
      }),
    ]);
  });

  it.each(ALLOWED)('%s: %s passes', async (file, code) => {
    expect((await lint({ file, code })).filter((m) => m.ruleId === RULE)).toEqual([]);
  });

  it('tries every zone of the config, and loosens none for tests but the mock, app/ and src/test/', async () => {
    const zonesFor = async (file: string) => {
      const config = (await eslint.calculateConfigForFile(`${root}${file}`)) as Linter.Config;
      const [, options] = config.rules![RULE] as [unknown, { zones: { target: string; message: string }[] }];
      return options.zones;
    };
    const zones = await zonesFor('src/main.tsx');
    expect(zones.length).toBeGreaterThan(30);
    const untried = zones.filter(
      (zone) =>
        !FORBIDDEN.some(
          ([file, , message]) =>
            (file === zone.target || file.startsWith(`${zone.target}/`)) &&
            zone.message === `architecture: ${message} (architecture.md)`,
        ),
    );
    expect(untried.map((zone) => `${zone.target}: ${zone.message}`)).toEqual([]);

    // Tests keep every zone whose rule is not about the mock, app/ or the harness.
    const inTests = new Set((await zonesFor('src/lib/session/x.test.ts')).map((zone) => zone.message));
    const dropped = [...new Set(zones.map((zone) => zone.message))].filter(
      (message) => !inTests.has(message),
    );
    expect(dropped.every((message) => /the mock|app\/|test harness/.test(message))).toBe(true);
    expect(inTests.size).toBeGreaterThan(15);
  });
});
