import type { Helix, TieRef } from './candidate.ts';
import type {
  EvidenceByFeature,
  FeatureName,
  FeatureResults,
  NeedAnswer,
} from './features/types.ts';
import type { Component } from './score.ts';
import { AD_HOC_NEED_ID } from './seeker-context.ts';

/** A sentence in English and bokmål. */
export interface Text {
  readonly en: string;
  readonly nb: string;
}

/**
 * Similarity (topic overlap) vs complementarity, each "high" at or above its threshold:
 * - STRATEGIC_FIT: both high — same field and brings what you lack;
 * - PEER: similar, little complementarity — a colleague or competitor;
 * - COMPLEMENTARY: different field that answers a need or crosses helices;
 * - EXPLORATORY: neither — a suggestion from the network (warm path, cluster, locality).
 *
 * 0.4 similarity = 40 % of the seeker's IDF-weighted topics matched. 0.4 complementarity is more
 * than a cross-helix pair alone (0.3) and less than a need fully answered by capability (0.7),
 * so "complementary" always means some need-side or offer-side evidence, or a partial answer
 * plus a helix difference.
 */
export const SIMILARITY_THRESHOLD = 0.4;
export const COMPLEMENTARITY_THRESHOLD = 0.4;

export const QUADRANTS = ['STRATEGIC_FIT', 'PEER', 'COMPLEMENTARY', 'EXPLORATORY'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export const QUADRANT_LABELS: Readonly<Record<Quadrant, Text>> = {
  STRATEGIC_FIT: { en: 'strategic fit', nb: 'strategisk match' },
  PEER: { en: 'peer', nb: 'fagfelle' },
  COMPLEMENTARY: { en: 'complementary', nb: 'komplementær' },
  EXPLORATORY: { en: 'exploratory', nb: 'utforskende' },
};

export function quadrantOf(similarity: number, complementarity: number): Quadrant {
  const s = similarity >= SIMILARITY_THRESHOLD;
  const c = complementarity >= COMPLEMENTARITY_THRESHOLD;
  return s ? (c ? 'STRATEGIC_FIT' : 'PEER') : c ? 'COMPLEMENTARY' : 'EXPLORATORY';
}

/** One component of the score with the evidence behind it, in both languages. */
export type Reason = {
  readonly [F in FeatureName]: {
    readonly feature: F;
    readonly value: number;
    readonly points: number;
    readonly evidence: EvidenceByFeature[F];
    readonly text: Text;
  };
}[FeatureName];

export interface Explanation {
  readonly quadrant: Quadrant;
  readonly quadrantLabel: Text;
  readonly similarity: number;
  readonly complementarity: number;
  /** The top components that have evidence, most points first. */
  readonly reasons: readonly Reason[];
}

export const DEFAULT_MAX_REASONS = 3;

export function explain(
  features: FeatureResults,
  components: readonly Component[],
  maxReasons = DEFAULT_MAX_REASONS,
): Explanation {
  const similarity = features.topicOverlap.value;
  const complementarity = features.complementarity.value;
  const quadrant = quadrantOf(similarity, complementarity);
  const ranked = components
    .filter((c) => c.points > 0 && hasEvidence(c.feature, features))
    // Stable order for equal points: the fixed feature order (components come in FEATURES order).
    .map((c, i) => ({ c, i }))
    .sort((a, b) => b.c.points - a.c.points || a.i - b.i)
    .slice(0, Math.max(0, maxReasons))
    .map(({ c }) => reason(c, features));
  return {
    quadrant,
    quadrantLabel: QUADRANT_LABELS[quadrant],
    similarity,
    complementarity,
    reasons: ranked,
  };
}

/** A component is worth citing only when it rests on a concrete fact. */
function hasEvidence(f: FeatureName, x: FeatureResults): boolean {
  switch (f) {
    case 'topicOverlap':
      return x.topicOverlap.evidence.shared.length + x.topicOverlap.evidence.related.length > 0;
    case 'complementarity': {
      const e = x.complementarity.evidence;
      return (
        e.answers !== undefined || e.answeredBySeeker !== undefined || e.crossHelix !== undefined
      );
    }
    case 'proximity': {
      const e = x.proximity.evidence;
      return e.clusters.length + e.projects.length + e.topics.length + e.collaborators.length > 0;
    }
    case 'warmPath':
      return x.warmPath.evidence.introducers.length > 0;
    case 'locality':
      return (
        x.locality.evidence.match === 'SAME_MUNICIPALITY' ||
        x.locality.evidence.match === 'IN_REGION'
      );
    case 'trackRecord':
      return x.trackRecord.evidence.projects + x.trackRecord.evidence.technologies > 0;
    case 'responsiveness':
      // No history is neutral, not a reason.
      return x.responsiveness.evidence.answered > 0;
    case 'textMatch':
      return x.textMatch.evidence.words.length > 0;
  }
}

function reason(c: Component, x: FeatureResults): Reason {
  const base = { value: c.value, points: c.points };
  switch (c.feature) {
    case 'topicOverlap': {
      const evidence = x.topicOverlap.evidence;
      return { feature: 'topicOverlap', ...base, evidence, text: topicText(evidence) };
    }
    case 'complementarity': {
      const evidence = x.complementarity.evidence;
      return { feature: 'complementarity', ...base, evidence, text: complementText(evidence) };
    }
    case 'proximity': {
      const evidence = x.proximity.evidence;
      return { feature: 'proximity', ...base, evidence, text: proximityText(evidence) };
    }
    case 'warmPath': {
      const evidence = x.warmPath.evidence;
      return { feature: 'warmPath', ...base, evidence, text: warmText(evidence) };
    }
    case 'locality': {
      const evidence = x.locality.evidence;
      return { feature: 'locality', ...base, evidence, text: localityText(evidence) };
    }
    case 'trackRecord': {
      const evidence = x.trackRecord.evidence;
      return { feature: 'trackRecord', ...base, evidence, text: trackText(evidence) };
    }
    case 'responsiveness': {
      const evidence = x.responsiveness.evidence;
      return { feature: 'responsiveness', ...base, evidence, text: responsiveText(evidence) };
    }
    case 'textMatch': {
      const evidence = x.textMatch.evidence;
      return { feature: 'textMatch', ...base, evidence, text: textMatchText(evidence) };
    }
  }
}

const MAX_LISTED = 5;

/** "A, B, C" or "A, B, C, D, E and 2 more" / "… og 2 til". */
export function list(names: readonly string[]): Text {
  const shown = names.slice(0, MAX_LISTED).join(', ');
  const rest = names.length - MAX_LISTED;
  return rest > 0
    ? { en: `${shown} and ${rest} more`, nb: `${shown} og ${rest} til` }
    : { en: shown, nb: shown };
}

function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function join(parts: readonly Text[], sep = '; '): Text {
  return { en: parts.map((p) => p.en).join(sep), nb: parts.map((p) => p.nb).join(sep) };
}

function topicText(e: EvidenceByFeature['topicOverlap']): Text {
  const parts: Text[] = [];
  if (e.shared.length > 0) {
    const en = list(e.shared.map((t) => t.name)).en;
    const nb = list(e.shared.map((t) => t.nameNb)).nb;
    parts.push({
      en: `Shares ${plural(e.shared.length, 'topic', 'topics')}: ${en}`,
      nb: `Deler ${e.shared.length} tema: ${nb}`,
    });
  }
  if (e.related.length > 0) {
    const en = list(
      e.related.map(
        (r) =>
          `${r.topic.name} (${r.relation === 'NARROWER' ? 'narrower than' : 'broader than'} ${r.wanted.name})`,
      ),
    ).en;
    const nb = list(
      e.related.map(
        (r) =>
          `${r.topic.nameNb} (${r.relation === 'NARROWER' ? 'under' : 'over'} ${r.wanted.nameNb})`,
      ),
    ).nb;
    parts.push(
      e.shared.length > 0
        ? { en: `related: ${en}`, nb: `beslektet: ${nb}` }
        : { en: `Related topics: ${en}`, nb: `Beslektede tema: ${nb}` },
    );
  }
  return join(parts);
}

const HELIX_NAMES: Readonly<Record<Helix, Text>> = {
  INDUSTRY: { en: 'industry', nb: 'næringsliv' },
  ACADEMIA: { en: 'academia', nb: 'akademia' },
  GOVERNMENT: { en: 'public sector', nb: 'offentlig sektor' },
};

function needText(a: NeedAnswer, side: 'seeker' | 'candidate'): Text {
  const topics = list(a.topics.map((t) => t.name)).en;
  const topicsNb = list(a.topics.map((t) => t.nameNb)).nb;
  if (side === 'candidate') {
    return a.by === 'OFFER' && a.offer
      ? {
          en: `Your offer "${a.offer.title}" answers its need "${a.need.title}"`,
          nb: `Tilbudet deres «${a.offer.title}» svarer på behovet «${a.need.title}»`,
        }
      : {
          en: `You have the expertise its need "${a.need.title}" asks for: ${topics}`,
          nb: `Dere har kompetansen behovet «${a.need.title}» krever: ${topicsNb}`,
        };
  }
  const adHoc = a.need.id === AD_HOC_NEED_ID;
  const needEn = adHoc ? 'your need' : `your need "${a.need.title}"`;
  const needNb = adHoc ? 'behovet deres' : `behovet «${a.need.title}»`;
  return a.by === 'OFFER' && a.offer
    ? {
        en: `Its offer "${a.offer.title}" answers ${needEn}`,
        nb: `Tilbudet «${a.offer.title}» svarer på ${needNb}`,
      }
    : {
        en: `Has the expertise ${needEn} asks for: ${topics}`,
        nb: `Har kompetansen ${needNb} krever: ${topicsNb}`,
      };
}

function complementText(e: EvidenceByFeature['complementarity']): Text {
  const parts: Text[] = [];
  if (e.answers) parts.push(needText(e.answers, 'seeker'));
  if (e.answeredBySeeker) parts.push(needText(e.answeredBySeeker, 'candidate'));
  if (e.crossHelix) {
    const c = HELIX_NAMES[e.crossHelix.candidate];
    const s = HELIX_NAMES[e.crossHelix.seeker];
    parts.push({
      en: `Brings the ${c.en} perspective (you: ${s.en})`,
      nb: `Bidrar med perspektivet fra ${c.nb} (dere: ${s.nb})`,
    });
  }
  return join(parts);
}

function proximityText(e: EvidenceByFeature['proximity']): Text {
  const parts: Text[] = [];
  if (e.collaborators.length > 0) {
    const n = e.collaborators.length;
    parts.push({
      en: `${plural(n, 'shared collaborator', 'shared collaborators')} (${list(e.collaborators.map((c) => c.name)).en})`,
      nb: `${n} ${n === 1 ? 'felles samarbeidspartner' : 'felles samarbeidspartnere'} (${list(e.collaborators.map((c) => c.name)).nb})`,
    });
  }
  if (e.clusters.length > 0) {
    const names = list(e.clusters.map((c) => c.name)).en;
    parts.push({
      en: `both in ${e.clusters.length === 1 ? 'cluster' : 'clusters'} ${names}`,
      nb: `begge i ${e.clusters.length === 1 ? 'klyngen' : 'klyngene'} ${list(e.clusters.map((c) => c.name)).nb}`,
    });
  }
  if (e.projects.length > 0) {
    parts.push({
      en: `both in ${e.projects.length === 1 ? 'project' : 'projects'} ${list(e.projects.map((p) => p.title)).en}`,
      nb: `begge i ${e.projects.length === 1 ? 'prosjektet' : 'prosjektene'} ${list(e.projects.map((p) => p.title)).nb}`,
    });
  }
  if (e.topics.length > 0) {
    parts.push({
      en: `${plural(e.topics.length, 'shared topic', 'shared topics')}`,
      nb: `${e.topics.length} felles tema`,
    });
  }
  const body = join(parts);
  return { en: `Close in the network: ${body.en}`, nb: `Nære i nettverket: ${body.nb}` };
}

function tieText(t: TieRef): Text {
  return t.kind === 'PROJECT'
    ? { en: `project "${t.name}"`, nb: `prosjektet «${t.name}»` }
    : { en: `cluster "${t.name}"`, nb: `klyngen «${t.name}»` };
}

function warmText(e: EvidenceByFeature['warmPath']): Text {
  const first = e.introducers[0];
  if (!first) return { en: '', nb: '' };
  const ws = tieText(first.withSeeker);
  const wc = tieText(first.withCandidate);
  const more = e.introducers.length - 1;
  return {
    en: `Can be introduced by ${first.name} (with you: ${ws.en}; with them: ${wc.en})${more > 0 ? ` and ${more} ${more === 1 ? 'other' : 'others'}` : ''}`,
    nb: `Kan introduseres av ${first.name} (med dere: ${ws.nb}; med dem: ${wc.nb})${more > 0 ? ` og ${more} ${more === 1 ? 'annen' : 'andre'}` : ''}`,
  };
}

function localityText(e: EvidenceByFeature['locality']): Text {
  const name = e.municipality?.name;
  if (e.match === 'SAME_MUNICIPALITY') {
    return {
      en: `Located in ${name ?? 'your area'}`,
      nb: `Holder til i ${name ?? 'deres område'}`,
    };
  }
  return {
    en: `In the Trondheim region${name ? ` (${name})` : ''}`,
    nb: `I Trondheimsregionen${name ? ` (${name})` : ''}`,
  };
}

function trackText(e: EvidenceByFeature['trackRecord']): Text {
  const en = [plural(e.projects, 'project', 'projects')];
  const nb = [plural(e.projects, 'prosjekt', 'prosjekter')];
  if (e.technologies > 0) {
    en.push(plural(e.technologies, 'technology', 'technologies'));
    nb.push(plural(e.technologies, 'teknologi', 'teknologier'));
  }
  return { en: `Track record: ${en.join(', ')}`, nb: `Erfaring: ${nb.join(', ')}` };
}

function responsiveText(e: EvidenceByFeature['responsiveness']): Text {
  return {
    en: `Said yes to ${e.positive} of ${plural(e.answered, 'introduction', 'introductions')}`,
    nb: `Sa ja til ${e.positive} av ${plural(e.answered, 'introduksjon', 'introduksjoner')}`,
  };
}

function textMatchText(e: EvidenceByFeature['textMatch']): Text {
  const en = list(e.words.map((w) => `“${w}”`));
  const nb = list(e.words.map((w) => `«${w}»`));
  return {
    en: `Its own description uses ${en.en} from your need`,
    nb: `Egen beskrivelse bruker ${nb.nb} fra behovet ditt`,
  };
}
