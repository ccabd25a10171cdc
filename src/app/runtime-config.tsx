import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_CONFIG, type RuntimeConfig } from '../lib/api/config';

const RuntimeConfigContext = createContext<RuntimeConfig>(DEFAULT_CONFIG);

export function RuntimeConfigProvider({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  return <RuntimeConfigContext.Provider value={config}>{children}</RuntimeConfigContext.Provider>;
}

export function useRuntimeConfig(): RuntimeConfig {
  return useContext(RuntimeConfigContext);
}
