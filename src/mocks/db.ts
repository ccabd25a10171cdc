import { z } from '../lib/zod';
import { DATASETS, type DatasetId, type MockAudit, type MockData, type MockKey, type MockUser } from './data';
import { PERSONA_IDS, PERSONAS, type PersonaId } from './personas';
import { seed } from './seed';
import { tabStore } from './tab-store';

const STORE_KEY = 'palette-mock:db';

const storedKey = z.object({
  uid: z.string(),
  name: z.string(),
  description: z.string(),
  ownerUid: z.string(),
  expiry: z.string(),
  createdAt: z.string(),
  modifiedAt: z.string().optional(),
  isActive: z.boolean(),
  secretHash: z.string(),
}) satisfies z.ZodType<MockKey>;

const storedAudit = z.object({
  uid: z.string(),
  at: z.string(),
  actionType: z.enum(['create', 'update', 'delete']),
  actionMsg: z.string(),
  actorUid: z.string(),
  keyUid: z.string(),
  keyName: z.string(),
}) satisfies z.ZodType<MockAudit>;

/**
 * What survives a reload: the seed's identity and every change made since, not the whole tenant.
 * Read back through this schema: the tab's storage is anyone's to edit (devtools, an extension, an
 * older build), and a damaged entry starts a fresh tenant instead of a broken one.
 */
const persistedSchema = z.object({
  dataset: z.enum(DATASETS),
  seededAt: z.number().finite(),
  /** uid → the key as it is now, or null once deleted. */
  changes: z.record(z.string(), storedKey.nullable()),
  persona: z.enum(PERSONA_IDS as [PersonaId, ...PersonaId[]]),
  /** Audit entries written since the seed, oldest first. */
  audits: z.array(storedAudit),
  /** Resource limits a tenant admin changed (`PATCH .../resourceLimits`): kind → limit. */
  limits: z.record(z.string(), z.number().int().positive()),
});
type Persisted = z.infer<typeof persistedSchema>;

/** The seeded tenant with the stored changes applied. */
interface Tenant {
  data: MockData;
  keysByUid: Map<string, MockKey>;
  usersByUid: Map<string, MockUser>;
}

/**
 * The mock tenant: users and keys in memory, seeded deterministically, with every change written to
 * the tab's store so that a reload shows the same data. The tenant is built on first use: choosing a
 * persona or a dataset at boot needs only the stored state, not 20,000 seeded keys.
 */
export class MockDb {
  private state: Persisted;
  private built: Tenant | undefined;

  constructor() {
    this.state = this.load() ?? {
      dataset: 'typical',
      seededAt: Date.now(),
      changes: {},
      persona: 'admin',
      audits: [],
      limits: {},
    };
  }

  private get tenant(): Tenant {
    this.built ??= this.build();
    return this.built;
  }

  private get data(): MockData {
    return this.tenant.data;
  }

  /** Builds the tenant now if it is not built yet (the handlers do it while a request is on its way). */
  warm(): void {
    void this.tenant;
  }

  private load(): Persisted | null {
    try {
      const raw = tabStore.read(STORE_KEY);
      if (!raw) return null;
      const parsed = persistedSchema.safeParse(JSON.parse(raw));
      return parsed.success ? parsed.data : null;
    } catch {
      return null;
    }
  }

  private save(): void {
    tabStore.write(STORE_KEY, JSON.stringify(this.state));
  }

  private build(): Tenant {
    const data = seed(this.state.dataset, this.state.seededAt);
    const keysByUid = new Map(data.keys.map((k) => [k.uid, k]));
    const usersByUid = new Map(data.users.map((u) => [u.uid, u]));
    for (const [uid, changed] of Object.entries(this.state.changes)) {
      if (changed) keysByUid.set(uid, changed);
      else keysByUid.delete(uid);
    }
    return { data, keysByUid, usersByUid };
  }

  get dataset(): DatasetId {
    return this.state.dataset;
  }

  get persona(): PersonaId {
    return this.state.persona;
  }

  get keyLimit(): number {
    return this.state.limits.apiKey ?? this.data.keyLimit;
  }

  /** A resource limit as changed by a tenant admin, or `fallback`. */
  limit(kind: string, fallback: number): number {
    return kind === 'apiKey' ? this.keyLimit : (this.state.limits[kind] ?? fallback);
  }

  setLimits(limits: Map<string, number>): void {
    for (const [kind, limit] of limits) this.state.limits[kind] = limit;
    this.save();
  }

  setPersona(persona: PersonaId): void {
    this.state.persona = persona;
    this.save();
  }

  /** Reseeds with `dataset` (or the current one), forgetting every change. */
  reset(dataset: DatasetId = this.state.dataset): void {
    this.state = {
      dataset,
      seededAt: Date.now(),
      changes: {},
      persona: this.state.persona,
      audits: [],
      limits: {},
    };
    this.built = undefined;
    this.save();
  }

  currentUserUid(): string {
    return PERSONAS[this.state.persona].uid;
  }

  users(): MockUser[] {
    return this.data.users;
  }

  user(uid: string): MockUser | undefined {
    return this.tenant.usersByUid.get(uid);
  }

  keys(): MockKey[] {
    return [...this.tenant.keysByUid.values()];
  }

  key(uid: string): MockKey | undefined {
    return this.tenant.keysByUid.get(uid);
  }

  keysOf(ownerUid: string): MockKey[] {
    return this.keys().filter((k) => k.ownerUid === ownerUid);
  }

  keyBySecretHash(hash: string): MockKey | undefined {
    if (!hash) return undefined;
    return this.keys().find((k) => k.secretHash === hash);
  }

  putKey(key: MockKey): void {
    this.tenant.keysByUid.set(key.uid, key);
    this.state.changes[key.uid] = key;
    this.save();
  }

  /** The audit log, oldest first: the seeded history, then what happened since. */
  audits(): MockAudit[] {
    return [...this.data.audits, ...this.state.audits];
  }

  addAudit(entry: Omit<MockAudit, 'uid' | 'at'>, at = Date.now()): void {
    const n = this.data.audits.length + this.state.audits.length + 1;
    this.state.audits.push({
      ...entry,
      uid: `6542a0d1${n.toString(16).padStart(16, '0')}`,
      at: new Date(at).toISOString(),
    });
    this.save();
  }

  deleteKey(uid: string): void {
    this.tenant.keysByUid.delete(uid);
    this.state.changes[uid] = null;
    this.save();
  }
}

let instance: MockDb | undefined;

/** The tab's one mock tenant. */
export function mockDb(): MockDb {
  instance ??= new MockDb();
  return instance;
}
