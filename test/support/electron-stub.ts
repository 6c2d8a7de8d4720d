// Main-process services must never import electron: under plain Node (vitest, the CLI) Electron >= 42
// tries to download its binary. Any stray import fails loudly here instead.
const fail = (): never => {
  throw new Error('electron was imported from code under test: inject a Platform instead')
}
export default new Proxy({}, { get: fail })
export const app = new Proxy({}, { get: fail })
