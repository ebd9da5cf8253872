// The build-time projection of the status catalogue (build/status-core-plugin.ts).
declare module 'virtual:tracklight/status-core' {
  type Stage =
    | 'ordered' | 'shipped' | 'origin-hub' | 'export' | 'international' | 'arrived' | 'import-customs'
    | 'last-mile' | 'out-for-delivery' | 'delivered' | 'returned' | 'canceled' | 'exception';
  const statuses: readonly { id: string; stage: Stage; severity: 'info' | 'wait' | 'watch' | 'act' }[];
  export default statuses;
}
