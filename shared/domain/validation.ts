// Formats shared by forms (renderer) and the API boundary (zod schemas) so both agree.

// Deliberately permissive: a real address with a TLD; exotic RFC forms are not worth a
// false rejection at a trade-fair desk.
export const EMAIL_RE = /^[^\s@]+@[^\s@.]+(\.[^\s@.]+)+$/;

// Digits with the usual separators, optional leading +, optional extension; 6–20 digits.
export const PHONE_RE = /^\+?[\d\s\-()./]{6,30}(\s*(ext\.?|x|转|分机)\s*\d{1,6})?$/i;

export function isPhone(s: string): boolean {
  if (!PHONE_RE.test(s)) return false;
  const digits = s.replace(/\D/g, '').length;
  return digits >= 6 && digits <= 20;
}

/** A website: http(s) URL or a bare host such as "acme.com/en". */
export function isWebsite(s: string): boolean {
  const withScheme = /^[a-z][a-z0-9+.-]*:\/\//i.test(s) ? s : `http://${s}`;
  try {
    const u = new URL(withScheme);
    // URL() punycodes internationalised names ("例子.中国" → "xn--….xn--fiqs8s"), so a TLD is
    // letters or a punycode label.
    return (u.protocol === 'http:' || u.protocol === 'https:') && /\.(?:[a-z]{2,}|xn--[a-z0-9-]+)$/i.test(u.hostname);
  } catch {
    return false;
  }
}
