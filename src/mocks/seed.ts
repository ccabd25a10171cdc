import type { DatasetId, MockAudit, MockData, MockKey, MockUser } from './data';
import { PERSONAS } from './personas';
import { CUSTOM_KEY_READER_ROLE } from './roles';

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

/** A tiny deterministic PRNG (mulberry32): the same seed gives the same tenant every time. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const hex = (n: number, width = 8) => n.toString(16).padStart(width, '0');
const userUid = (n: number) => `6540a1f0c0ffee${hex(n, 10)}`;
const keyUid = (n: number) => `6541b2e0d00d${hex(n, 12)}`;
const two = Array.from({ length: 60 }, (_, n) => String(n).padStart(2, '0'));
const three = Array.from({ length: 1000 }, (_, n) => String(n).padStart(3, '0'));

/**
 * RFC 3339 in UTC to the millisecond (`2026-11-30T08:15:00.123Z`), as Palette writes times. Written out by
 * hand: the large tenant formats 40,000 times on every page load, and `toISOString()` plus trimming
 * took a visible part of the time to the first rows. The date is Howard Hinnant's civil_from_days.
 */
export function iso(ms: number): string {
  const days = Math.floor(ms / DAY);
  const inDay = Math.floor(ms - days * DAY);
  const time = Math.floor(inDay / 1000);
  const z = days + 719_468;
  const era = Math.floor(z / 146_097);
  const doe = z - era * 146_097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36_524) - Math.floor(doe / 146_096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  const year = yoe + era * 400 + (month <= 2 ? 1 : 0);
  return `${year}-${two[month]}-${two[day]}T${two[Math.floor(time / 3600)]}:${two[Math.floor(time / 60) % 60]}:${two[time % 60]}.${three[inDay % 1000]}Z`;
}

function key(
  n: number,
  ownerUid: string,
  name: string,
  now: number,
  opts: { description?: string; expiresInDays: number; createdDaysAgo: number; isActive?: boolean },
): MockKey {
  const uid = keyUid(n);
  const createdAt = iso(now - opts.createdDaysAgo * DAY);
  return {
    uid,
    name,
    description: opts.description ?? '',
    ownerUid,
    expiry: iso(now + opts.expiresInDays * DAY),
    createdAt,
    modifiedAt: createdAt,
    isActive: opts.isActive ?? true,
    // Seeded keys have no known secret: nothing authenticates with them.
    secretHash: '',
  };
}

function baseUsers(): MockUser[] {
  return [
    {
      uid: PERSONAS.admin.uid,
      firstName: 'Ava',
      lastName: 'Admin',
      email: 'ava.admin@acme.example',
      roles: ['Tenant Admin'],
      isActive: true,
    },
    {
      uid: PERSONAS.user.uid,
      firstName: 'Uma',
      lastName: 'User',
      email: 'uma.user@acme.example',
      roles: [],
      isActive: true,
    },
    {
      uid: PERSONAS.viewer.uid,
      firstName: 'Vic',
      lastName: 'Viewer',
      email: 'vic.viewer@acme.example',
      roles: ['Tenant Viewer'],
      isActive: true,
    },
    {
      uid: userUid(4),
      firstName: 'Noah',
      lastName: 'Nguyen',
      email: 'noah.nguyen@acme.example',
      // A custom role with `apiKey.list` (src/mocks/roles.ts): Noah may read every key of the tenant.
      roles: ['Project Editor', CUSTOM_KEY_READER_ROLE],
      isActive: true,
    },
    {
      uid: userUid(5),
      firstName: 'Priya',
      lastName: 'Patel',
      email: 'priya.patel@acme.example',
      roles: ['Tenant User Admin'],
      isActive: true,
    },
    {
      uid: userUid(6),
      firstName: 'Dan',
      lastName: 'Departed',
      email: 'dan.departed@acme.example',
      roles: [],
      isActive: false,
    },
  ];
}

/** Hours since each base user last signed in: the personas today, Dan long before he was deactivated. */
const HOURS_SINCE_SIGN_IN = [1, 3, 26, 50, 7, 24 * 230];

function signedIn(users: MockUser[], now: number): MockUser[] {
  return users.map((user, i) => ({ ...user, lastSignIn: iso(now - (HOURS_SINCE_SIGN_IN[i] ?? 1) * HOUR) }));
}

/** The uid of a user who left the tenant: their keys remain, their user record is gone. */
export const GONE_USER_UID = userUid(7);

function typical(now: number): MockData {
  const [ava, uma, vic, noah, priya, dan] = baseUsers().map((u) => u.uid) as [
    string,
    string,
    string,
    string,
    string,
    string,
  ];
  let n = 0;
  const k = (owner: string, name: string, opts: Parameters<typeof key>[4]) =>
    key(++n, owner, name, now, opts);
  const keys = [
    k(ava, 'terraform-prod', {
      description: 'Terraform runs for production clusters',
      expiresInDays: 84,
      createdDaysAgo: 6,
    }),
    k(ava, 'audit-export', {
      description: 'Nightly audit log export',
      expiresInDays: 4,
      createdDaysAgo: 26,
    }),
    k(ava, 'old-laptop', {
      description: 'Revoked after the laptop was replaced',
      expiresInDays: 40,
      createdDaysAgo: 50,
      isActive: false,
    }),
    k(uma, 'ci-deploy', { description: 'GitHub Actions deploy job', expiresInDays: 58, createdDaysAgo: 2 }),
    k(uma, 'local-dev', { expiresInDays: 3, createdDaysAgo: 27 }),
    k(uma, 'backup-cron', {
      description: 'Backups of cluster profiles',
      expiresInDays: -5,
      createdDaysAgo: 95,
    }),
    k(uma, 'shared-demo', {
      description: 'Shared once in a chat; revoked',
      expiresInDays: 20,
      createdDaysAgo: 12,
      isActive: false,
    }),
    k(vic, 'grafana-reader', {
      description: 'Dashboards read the cluster inventory',
      expiresInDays: 180,
      createdDaysAgo: 30,
    }),
    k(vic, 'report-script', { expiresInDays: -30, createdDaysAgo: 120, isActive: false }),
    k(noah, 'edge-provisioner', {
      description: 'Registers edge hosts at the factory',
      expiresInDays: 300,
      createdDaysAgo: 64,
    }),
    k(noah, 'Ansible inventory', {
      description: 'Dynamic inventory plugin',
      expiresInDays: 1,
      createdDaysAgo: 89,
    }),
    k(priya, '🚀 release-bot', {
      description: 'Emoji in the name, from an older Palette release',
      expiresInDays: 45,
      createdDaysAgo: 10,
    }),
    k(priya, 'مفتاح النشر', {
      description: 'مفتاح لخط النشر الآلي',
      expiresInDays: 70,
      createdDaysAgo: 15,
    }),
    k(priya, '<img src=x onerror=alert(1)>', {
      description: '<script>alert("names are text")</script>',
      expiresInDays: 25,
      createdDaysAgo: 5,
    }),
    k(priya, 'a'.repeat(15) + '-long-name-that-fills-all-sixty-four-characters-x', {
      description:
        'A description long enough to wrap onto more than one line in the table, to check that the layout holds when people write a paragraph where a phrase would do.',
      expiresInDays: 150,
      createdDaysAgo: 3,
    }),
    k(dan, 'legacy-sync', {
      description: 'Owner deactivated; the key lives on',
      expiresInDays: 33,
      createdDaysAgo: 200,
    }),
    k(dan, 'legacy-metrics', { expiresInDays: -2, createdDaysAgo: 210 }),
    k(GONE_USER_UID, 'contractor-import', {
      description: 'Owner no longer in the tenant',
      expiresInDays: 12,
      createdDaysAgo: 140,
    }),
  ];
  return { users: signedIn(baseUsers(), now), keyLimit: 20, keys, audits: history(keys, now, ava) };
}

/**
 * A plausible past for the typical keys: each was created by its owner (or, for the deactivated and
 * former users, by the admin), some were edited since, and each revoked key was revoked (the
 * admin revoked the ones of others). Revoked keys get their revocation as their last change.
 */
function history(keys: MockKey[], now: number, adminUid: string): MockAudit[] {
  const audits: MockAudit[] = [];
  const active = new Set(
    baseUsers()
      .filter((u) => u.isActive)
      .map((u) => u.uid),
  );
  const add = (key: MockKey, at: number, actorUid: string, actionMsg: string, update = true) =>
    audits.push({
      uid: `6542a0d1${hex(audits.length + 1, 16)}`,
      at: iso(at),
      actionType: update ? 'update' : 'create',
      actionMsg,
      actorUid,
      keyUid: key.uid,
      keyName: key.name,
    });
  keys.forEach((key, i) => {
    const created = Date.parse(key.createdAt);
    const creator = active.has(key.ownerUid) ? key.ownerUid : adminUid;
    add(key, created, creator, 'Created the API key', false);
    const age = now - created;
    if (i % 3 === 0 && age > 2 * DAY) add(key, created + age / 3, creator, 'Changed the expiry');
    if (!key.isActive) {
      const revokedAt = created + (age * 2) / 3;
      add(
        key,
        revokedAt,
        key.ownerUid === creator && i % 2 === 0 ? creator : adminUid,
        'Revoked the API key',
      );
      key.modifiedAt = iso(revokedAt);
    }
  });
  return audits.sort((a, b) => a.at.localeCompare(b.at));
}

function atLimit(now: number): MockData {
  const data = typical(now);
  const personas = [PERSONAS.admin.uid, PERSONAS.user.uid, PERSONAS.viewer.uid];
  let n = 1000;
  for (const owner of personas) {
    const count = data.keys.filter((k) => k.ownerUid === owner).length;
    for (let i = count; i < data.keyLimit; i++) {
      data.keys.push(
        key(++n, owner, `automation-${String(i + 1).padStart(2, '0')}`, now, {
          description: 'One of many automation keys',
          expiresInDays: 10 + ((i * 17) % 300),
          createdDaysAgo: 1 + i,
        }),
      );
    }
  }
  return data;
}

const FIRST = [
  'Ada',
  'Ben',
  'Chloé',
  'Dmitri',
  'Elif',
  'Farah',
  'Goran',
  'Hana',
  'Iker',
  'Jun',
  'Kwame',
  'Lena',
  'Mateo',
  'Nia',
  'Oskar',
  'Pia',
  'Quinn',
  'Ravi',
  'Sofia',
  'Tariq',
  'Ulla',
  'Vera',
  'Wen',
  'Xavi',
  'Yara',
  'Zane',
];
const LAST = [
  'Andersen',
  'Brennan',
  'Costa',
  'Dubois',
  'Eriksen',
  'Fischer',
  'García',
  'Hoffmann',
  'Ivanova',
  'Jensen',
  'Kowalski',
  'López',
  'Moreau',
  'Novak',
  'Okafor',
  'Petrov',
  'Quispe',
  'Rossi',
  'Schmidt',
  'Tanaka',
  'Usman',
  'Varga',
  'Weber',
  'Xu',
  'Yilmaz',
  'Zhou',
];
const PURPOSE = [
  'ci',
  'deploy',
  'backup',
  'terraform',
  'monitoring',
  'edge',
  'sync',
  'audit',
  'export',
  'import',
  'registry',
  'cli',
];
const ENV = ['prod', 'staging', 'dev', 'qa', 'lab'];

/** Users of the large tenant who have left it: their keys remain (orphaned), their records are gone. */
export const LARGE_GONE_OWNERS = Array.from({ length: 10 }, (_, g) => userUid(5000 + g));

/**
 * 1,000 users (some deactivated) and 20,000 keys over every state and the next year of expiry
 * dates: 990 users with 20 keys each (the last 10 users have none yet) and 10 former users whose
 * 20 keys each remain. Deterministic (a seeded PRNG) and quick, since it runs on every page load.
 */
function large(now: number): MockData {
  const rand = prng(20_000);
  const users = baseUsers();
  for (let i = users.length + 2; users.length < 1000; i++) {
    const first = FIRST[i % FIRST.length]!;
    const last = LAST[Math.floor(i / FIRST.length) % LAST.length]!;
    users.push({
      uid: userUid(i),
      firstName: first,
      lastName: `${last}${i >= 676 ? ` ${Math.floor(i / 676) + 1}` : ''}`,
      email: `${first}.${last}.${i}@acme.example`
        .toLowerCase()
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, ''),
      roles: i % 50 === 0 ? ['Tenant Viewer'] : [],
      isActive: i % 37 !== 0,
    });
  }
  const owners = [
    ...users.slice(0, 990).map((u) => ({ uid: u.uid, label: `${u.firstName} ${u.lastName}` })),
    ...LARGE_GONE_OWNERS.map((uid) => ({ uid, label: 'a former contractor' })),
  ];
  const keys: MockKey[] = [];
  let n = 0;
  for (const owner of owners) {
    for (let j = 0; j < 20; j++) {
      const r = rand();
      const expiresInDays = r < 0.1 ? -Math.ceil(rand() * 90) : r < 0.16 ? rand() * 7 : 7 + rand() * 358;
      keys.push(
        key(
          ++n,
          owner.uid,
          `${PURPOSE[j % PURPOSE.length]}-${ENV[(j + n) % ENV.length]}-${String(j + 1).padStart(2, '0')}`,
          now,
          {
            description: j % 3 === 0 ? '' : `Key ${j + 1} of ${owner.label}`,
            expiresInDays,
            createdDaysAgo: 1 + rand() * 360,
            isActive: rand() > 0.12,
          },
        ),
      );
    }
  }
  // No history: 20,000 keys' worth of audit entries would slow every page load for nothing.
  return { users, keys, keyLimit: 20, audits: [] };
}

/** The seed of each dataset, relative to `now` so that statuses (expiring, expired) stay meaningful. */
export function seed(dataset: DatasetId, at: number): MockData {
  // Whole seconds: an expiry is kept to the second (src/mocks/handlers/api-keys.ts), so an edit that
  // sends a seeded expiry back unchanged stores exactly what it read.
  const now = Math.floor(at / 1000) * 1000;
  switch (dataset) {
    case 'empty':
      return { ...typical(now), keys: [], audits: [] };
    case 'at-limit':
      return atLimit(now);
    case 'large':
      return large(now);
    case 'typical':
      return typical(now);
  }
}
