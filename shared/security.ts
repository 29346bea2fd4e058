/**
 * The renderer's Content-Security-Policy, the same in the Electron window and the browser
 * preview: only our own scripts, no remote content, API calls to our own origin only.
 * Mantine injects <style> elements, hence 'unsafe-inline' for styles (never for scripts).
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
