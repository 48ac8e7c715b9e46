import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Settings } from 'meilisearch';
import { canonicalJson } from '../../common/json/canonical-json';
import { findProjectRoot } from '../../platform/project-root';

/**
 * Bumped when the way an index is built changes, so that existing indexes are rebuilt at the next start
 * like after a settings change (2: searchable fields registered at creation, see SearchIndex.create).
 */
const INDEX_LAYOUT = 2;

interface SettingsFile {
  settings: Settings;
  /** Each group lists spellings and acronyms that mean the same; every one finds the others. */
  synonymGroups: string[][];
}

export interface IndexSettings {
  settings: Settings;
  synonymGroups: string[][];
  /** Identifies this version of the settings file; a different hash means the index must be rebuilt. */
  hash: string;
}

/** Reads search/<name>.settings.json: the index settings are code, versioned with the repository. */
export function loadIndexSettings(name: string): IndexSettings {
  const text = readFileSync(join(findProjectRoot(__dirname), 'search', `${name}.settings.json`), 'utf8');
  return compileIndexSettings(JSON.parse(text) as SettingsFile);
}

export function compileIndexSettings(file: SettingsFile): IndexSettings {
  const settings: Settings = { ...file.settings, synonyms: expandSynonyms(file.synonymGroups) };
  const hash = createHash('sha256')
    .update(canonicalJson({ settings, layout: INDEX_LAYOUT }))
    .digest('hex')
    .slice(0, 16);
  return { settings, synonymGroups: file.synonymGroups, hash };
}

/** Meilisearch synonyms are one-way; a group becomes every member pointing at all the others. */
export function expandSynonyms(groups: string[][]): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const group of groups) {
    const words = [...new Set(group.map((word) => word.normalize('NFC').toLowerCase().trim()))];
    for (const word of words) {
      synonyms[word] = [...new Set([...(synonyms[word] ?? []), ...words.filter((other) => other !== word)])];
    }
  }
  return synonyms;
}
