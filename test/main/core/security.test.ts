import { describe, expect, it } from 'vitest'
import { CSP, isSafeExternalUrl, isTrustedSender, resolveAppPath } from '../../../src/main/security'

describe('electron security helpers', () => {
  it('trusts only our app origin and, in development, the local dev server', () => {
    expect(isTrustedSender('app://esiti/index.html')).toBe(true)
    expect(isTrustedSender('app://evil/index.html')).toBe(false)
    expect(isTrustedSender('https://esiti.example/index.html')).toBe(false)
    expect(isTrustedSender('file:///etc/passwd')).toBe(false)
    expect(isTrustedSender(null)).toBe(false)
    expect(isTrustedSender('http://localhost:5173/', 'http://localhost:5173')).toBe(true)
    expect(isTrustedSender('http://localhost:5174/', 'http://localhost:5173')).toBe(false)
    expect(isTrustedSender('http://attacker.test:5173/', 'http://attacker.test:5173')).toBe(false)
  })

  it('opens only http(s) links externally', () => {
    expect(isSafeExternalUrl('https://www.comune.milano.it')).toBe(true)
    for (const bad of ['file:///C:/Windows/system32/calc.exe', 'javascript:alert(1)', 'ms-msdt:/id', '\\\\host\\share', 'smb://x'])
      expect(isSafeExternalUrl(bad)).toBe(false)
  })

  it('serves only files under the renderer folder', () => {
    expect(resolveAppPath('/app/out/renderer', '/index.html')).toBe('/app/out/renderer/index.html')
    expect(resolveAppPath('/app/out/renderer', '/')).toBe('/app/out/renderer/index.html')
    expect(resolveAppPath('/app/out/renderer', '/assets/a.js')).toBe('/app/out/renderer/assets/a.js')
    expect(resolveAppPath('/app/out/renderer', '/../main/index.js')).toBeNull()
    expect(resolveAppPath('/app/out/renderer', '/%2e%2e/%2e%2e/etc/passwd')).toBeNull()
    expect(resolveAppPath('/app/out/renderer', '/a%00.js')).toBeNull()
    expect(resolveAppPath('/app/out/renderer', '/..\\..\\x')).toBeNull()
  })

  it('has a strict content security policy without inline scripts or eval', () => {
    expect(CSP).toContain("script-src 'self'")
    expect(CSP).not.toMatch(/unsafe-eval/)
    expect(CSP).toContain("object-src 'none'")
  })
})
