/**
 * The renderer's Content Security Policy. The desktop app sends it as a response header for every page
 * of its `app://` scheme, the web host sends it with index.html, and index.html carries the same policy
 * in a meta tag (a test keeps the three identical). No remote origin, no eval, no plugins.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "worker-src 'self' blob:",
].join('; ')
