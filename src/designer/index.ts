/** Designer mode: loaded on demand by src/main.tsx when the mock is on, never on a real Palette. */
export { DesignerTools } from './designer-tools';
export { mockClientHooks } from './session-expiry';
