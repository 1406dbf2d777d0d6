// Evidence file names as people gave them (Cyrillic and Kazakh letters kept), made safe to store
// and to send back in a Content-Disposition header: no folders, no control or bidirectional
// formatting characters (which can disguise "exe.pdf" as "fdp.exe"), nothing Windows refuses, a
// bounded length, and the extension of the type the content really is.
import { EVIDENCE_EXTENSIONS, type EvidenceKind } from './evidence-type';

const MAX_NAME_LENGTH = 180;
const WINDOWS_RESERVED = /^(con|prn|aux|nul|com[0-9]|lpt[0-9])$/i;

export function sanitizeFileName(raw: string, kind: EvidenceKind): string {
  const base = raw.split(/[/\\]/).pop() ?? '';
  let name = base
    .normalize('NFC')
    .replace(/[\p{Cc}\p{Cf}\p{Zl}\p{Zp}]/gu, '')
    .replace(/[<>:"|?*]/g, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = name.lastIndexOf('.');
  let stem = dot > 0 ? name.slice(0, dot) : name;
  const extension = dot > 0 ? name.slice(dot + 1).toLowerCase() : '';
  const allowed = EVIDENCE_EXTENSIONS[kind];
  // Any other extension (".pdf" on a PNG, or none) is part of the stem no longer: it is replaced.
  const knownElsewhere = Object.values(EVIDENCE_EXTENSIONS).some((list) => list.includes(extension));
  if (dot > 0 && !allowed.includes(extension) && !knownElsewhere) stem = name;
  stem = stem.replace(/[\s.]+$/g, '');
  if (stem === '' || WINDOWS_RESERVED.test(stem)) stem = stem === '' ? 'file' : `_${stem}`;
  const finalExtension = allowed.includes(extension) ? extension : allowed[0]!;
  if (stem.length > MAX_NAME_LENGTH) stem = Array.from(stem).slice(0, MAX_NAME_LENGTH).join('').trimEnd();
  name = `${stem}.${finalExtension}`;
  return name;
}

/** Content-Disposition for a download: an ASCII fallback plus the exact UTF-8 name (RFC 6266). */
export function attachmentDisposition(fileName: string): string {
  const ascii = fileName.replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  const encoded = encodeURIComponent(fileName).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encoded}`;
}
