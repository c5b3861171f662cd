import type { SearchDocument } from '../document.ts';
import { actorDocument } from './actor.ts';
import { clusterDocument } from './cluster.ts';
import { opportunityDocument } from './opportunity.ts';
import { personDocument } from './person.ts';
import type {
  ActorRow,
  ClusterRow,
  OpportunityRow,
  PersonRow,
  TechnologyRow,
  TopicRow,
} from './rows.ts';
import { technologyDocument } from './technology.ts';
import { topicDocument } from './topic.ts';

/** A graph row tagged with its label, as an outbox source loads it. */
export type SearchableRow =
  | { readonly label: 'Actor'; readonly row: ActorRow }
  | { readonly label: 'Person'; readonly row: PersonRow }
  | { readonly label: 'Cluster'; readonly row: ClusterRow }
  | { readonly label: 'Technology'; readonly row: TechnologyRow }
  | { readonly label: 'Opportunity'; readonly row: OpportunityRow }
  | { readonly label: 'Topic'; readonly row: TopicRow };

/** The document for a row, or null when the entity must not be searchable. */
export function toSearchDocument(
  tagged: SearchableRow,
  options: { now?: number } = {},
): SearchDocument | null {
  switch (tagged.label) {
    case 'Actor':
      return actorDocument(tagged.row);
    case 'Person':
      return personDocument(tagged.row);
    case 'Cluster':
      return clusterDocument(tagged.row);
    case 'Technology':
      return technologyDocument(tagged.row);
    case 'Opportunity':
      return opportunityDocument(tagged.row, options);
    case 'Topic':
      return topicDocument(tagged.row);
  }
}
