// Evidence files are typed by their content, never by their name or the browser's claim: a PNG
// named .pdf is a PNG, and an executable renamed .pdf is refused.
import { zipEntryNames } from './zip-entries';

export const EVIDENCE_KINDS = ['pdf', 'docx', 'xlsx', 'png', 'jpeg'] as const;
export type EvidenceKind = (typeof EVIDENCE_KINDS)[number];

export const EVIDENCE_MEDIA_TYPES: Record<EvidenceKind, string> = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  png: 'image/png',
  jpeg: 'image/jpeg',
};

export const EVIDENCE_EXTENSIONS: Record<EvidenceKind, readonly string[]> = {
  pdf: ['pdf'],
  docx: ['docx'],
  xlsx: ['xlsx'],
  png: ['png'],
  jpeg: ['jpg', 'jpeg'],
};

/** 10 MB: a scanned order or a signed letter; larger files belong in the ministry's archive. */
export const MAX_EVIDENCE_BYTES = 10 * 1024 * 1024;

function startsWith(bytes: Uint8Array, prefix: readonly number[]): boolean {
  return prefix.every((b, i) => bytes[i] === b);
}

export function detectEvidenceKind(bytes: Uint8Array): EvidenceKind | null {
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46, 0x2d])) return 'pdf'; // %PDF-
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'jpeg';
  const names = zipEntryNames(bytes);
  if (!names || !names.includes('[Content_Types].xml')) return null;
  const isWord = names.some((n) => n.startsWith('word/'));
  const isExcel = names.some((n) => n.startsWith('xl/'));
  if (isWord === isExcel) return null; // neither, or a crafted archive claiming to be both
  return isWord ? 'docx' : 'xlsx';
}
