declare module 'virtual:atlas-snapshot' {
  import type { AtlasSnapshot } from './atlas/snapshot';
  const snapshot: AtlasSnapshot;
  export default snapshot;
}
