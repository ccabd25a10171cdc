import type { DatasetId, MockData, MockKey, MockUser } from './data';
import { PERSONAS, type PersonaId } from './personas';
import { seed } from './seed';
import { tabStore } from './tab-store';

const STORE_KEY = 'palette-mock:db';

/** What survives a reload: the seed's identity and every change made since, not the whole tenant. */
interface Persisted {
  dataset: DatasetId;
  seededAt: number;
  /** uid → the key as it is now, or null once deleted. */
  changes: Record<string, MockKey | null>;
  persona: PersonaId;
}

/**
 * The mock tenant: users and keys in memory, seeded deterministically, with every change written to
 * the tab's store so that a reload shows the same data.
 */
export class MockDb {
  private state: Persisted;
  private data: MockData;
  private keysByUid = new Map<string, MockKey>();
  private usersByUid = new Map<string, MockUser>();

  constructor() {
    this.state = this.load() ?? { dataset: 'typical', seededAt: Date.now(), changes: {}, persona: 'admin' };
    this.data = this.build();
  }

  private load(): Persisted | null {
    try {
      const raw = tabStore.read(STORE_KEY);
      return raw ? (JSON.parse(raw) as Persisted) : null;
    } catch {
      return null;
    }
  }

  private save(): void {
    tabStore.write(STORE_KEY, JSON.stringify(this.state));
  }

  private build(): MockData {
    const data = seed(this.state.dataset, this.state.seededAt);
    this.keysByUid = new Map(data.keys.map((k) => [k.uid, k]));
    this.usersByUid = new Map(data.users.map((u) => [u.uid, u]));
    for (const [uid, changed] of Object.entries(this.state.changes)) {
      if (changed) this.keysByUid.set(uid, changed);
      else this.keysByUid.delete(uid);
    }
    return data;
  }

  get dataset(): DatasetId {
    return this.state.dataset;
  }

  get persona(): PersonaId {
    return this.state.persona;
  }

  get keyLimit(): number {
    return this.data.keyLimit;
  }

  setPersona(persona: PersonaId): void {
    this.state.persona = persona;
    this.save();
  }

  /** Reseeds with `dataset` (or the current one), forgetting every change. */
  reset(dataset: DatasetId = this.state.dataset): void {
    this.state = { dataset, seededAt: Date.now(), changes: {}, persona: this.state.persona };
    this.data = this.build();
    this.save();
  }

  currentUserUid(): string {
    return PERSONAS[this.state.persona].uid;
  }

  users(): MockUser[] {
    return this.data.users;
  }

  user(uid: string): MockUser | undefined {
    return this.usersByUid.get(uid);
  }

  keys(): MockKey[] {
    return [...this.keysByUid.values()];
  }

  key(uid: string): MockKey | undefined {
    return this.keysByUid.get(uid);
  }

  keysOf(ownerUid: string): MockKey[] {
    return this.keys().filter((k) => k.ownerUid === ownerUid);
  }

  keyBySecretHash(hash: string): MockKey | undefined {
    if (!hash) return undefined;
    return this.keys().find((k) => k.secretHash === hash);
  }

  putKey(key: MockKey): void {
    this.keysByUid.set(key.uid, key);
    this.state.changes[key.uid] = key;
    this.save();
  }

  deleteKey(uid: string): void {
    this.keysByUid.delete(uid);
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
