// The context moved to lib/api so that features can read the configuration too.
export { RuntimeConfigProvider, useRuntimeConfig } from '../lib/api/runtime-config-context';
