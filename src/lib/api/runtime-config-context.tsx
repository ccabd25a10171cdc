import { createContext, useContext, type ReactNode } from 'react';
import { DEFAULT_CONFIG, type RuntimeConfig } from './config';

const RuntimeConfigContext = createContext<RuntimeConfig>(DEFAULT_CONFIG);

/**
 * Provides the runtime configuration (`config.json`) to the tree. It lives here, beside the
 * configuration, and not in `app/`, because features read it too (the secret view's "Copy as"
 * snippets name the API host) and features never import the app.
 */
export function RuntimeConfigProvider({ config, children }: { config: RuntimeConfig; children: ReactNode }) {
  return <RuntimeConfigContext.Provider value={config}>{children}</RuntimeConfigContext.Provider>;
}

/** The runtime configuration the console was started with; the mock's defaults outside a provider. */
export function useRuntimeConfig(): RuntimeConfig {
  return useContext(RuntimeConfigContext);
}
