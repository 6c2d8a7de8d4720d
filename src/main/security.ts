/** Pure security helpers for the Electron face (unit-tested without Electron). */

export const APP_ORIGIN = 'app://esiti'

/** The renderer's Content-Security-Policy: no remote content, no inline scripts, no eval. */
export const CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'"
].join('; ')

/** IPC is answered only for frames of our own bundle (app://esiti) or the dev server in development. */
export function isTrustedSender(frameUrl: string | undefined | null, devUrl?: string): boolean {
  if (!frameUrl) return false
  let url: URL
  try {
    url = new URL(frameUrl)
  } catch {
    return false
  }
  if (url.protocol === 'app:' && url.host === 'esiti') return true
  if (devUrl) {
    try {
      const dev = new URL(devUrl)
      return url.origin === dev.origin && (dev.hostname === 'localhost' || dev.hostname === '127.0.0.1')
    } catch {
      return false
    }
  }
  return false
}

/** Only http(s) links may leave the app, and only to the system browser. */
export function isSafeExternalUrl(value: string): boolean {
  try {
    const url = new URL(value)
    return url.protocol === 'https:' || url.protocol === 'http:'
  } catch {
    return false
  }
}

/** Resolves a request path under the renderer folder; null for anything escaping it. */
export function resolveAppPath(root: string, requestPath: string, sep = '/'): string | null {
  let decoded: string
  try {
    decoded = decodeURIComponent(requestPath)
  } catch {
    return null
  }
  if (decoded.includes('\0')) return null
  const parts: string[] = []
  for (const part of decoded.split(/[\\/]+/)) {
    if (part === '' || part === '.') continue
    if (part === '..') return null
    parts.push(part)
  }
  if (parts.length === 0) parts.push('index.html')
  return [root.replace(/[\\/]+$/, ''), ...parts].join(sep)
}
