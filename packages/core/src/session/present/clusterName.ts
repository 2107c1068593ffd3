/** A cluster's name in the reader's language (the plan text, the app's tables). */
import { CORE_TEXTS } from '../../data/texts.js';
import { VILLAGE_CLUSTER } from '../../records/readCatalogue.js';

/**
 * A cluster's name as a reader sees it: the clerk's own names as written, the one the core
 * gives a villages list (which has no cluster column) in the reader's language.
 *
 * @param name the cluster as the plan, the statistics or a finding carry it
 * @param lang the reader's language
 * @returns the name to show
 * @example
 * ```ts
 * clusterNameIn('các thôn, bản', 'en'); // "the villages"
 * clusterNameIn('Cụm 1', 'en');          // "Cụm 1"
 * ```
 */
export function clusterNameIn(name: string, lang: 'vi' | 'en'): string {
  return name === VILLAGE_CLUSTER ? CORE_TEXTS['cluster.villages'][lang] : name;
}
