// Builders for references, so every entry links the same way.
import type { Reference } from '../types';

/** A reference to an RFC, optionally to one section: rfc(5321, '4.2.3'). */
export function rfc(num: number, section = ''): Reference {
  const base = `https://www.rfc-editor.org/rfc/rfc${num}`;
  return {
    document: `RFC ${num}`,
    section,
    url: section ? `${base}#section-${section}` : base,
  };
}
