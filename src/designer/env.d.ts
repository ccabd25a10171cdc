interface ImportMetaEnv {
  /** 'true' in the static demo build (`npm run build:demo`, `.env.demo`): the scenario panel starts open. */
  readonly VITE_DEMO?: string;
}
