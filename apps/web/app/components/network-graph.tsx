import { useEffect, useRef, useState } from 'react';
import type { ReactNode } from 'react';

/*
 * The network picture: sigma.js (WebGL) over a graphology graph, drawn in the browser only.
 * sigma, graphology and the layout are imported inside the effect, so they are a separate
 * chunk loaded by the pages that show a network. The server renders the same data as a
 * list/table next to it (the accessible fallback); the canvas itself is hidden from assistive
 * technology. The container reports its state in data attributes (tests and styling read them).
 * Nodes are coloured by helix or by group (Louvain community); brokers are drawn as diamonds, so
 * the mark does not rest on colour alone.
 */

export interface GraphNode {
  readonly id: string;
  readonly label: string;
  readonly helix: string;
  readonly status: string;
  readonly degree: number;
  /** The node's group (1 = largest), or null outside any group. */
  readonly group?: number | null;
  readonly broker?: boolean;
}

export type ColourBy = 'helix' | 'group';

export interface GraphEdge {
  readonly source: string;
  readonly target: string;
  readonly weight: number;
}

const HELIX_COLOURS: Record<string, string> = {
  INDUSTRY: '#0b6e99',
  ACADEMIA: '#a23b78',
  GOVERNMENT: '#2f7d32',
};
const HELIX_ANGLE: Record<string, number> = {
  INDUSTRY: 0,
  ACADEMIA: (2 * Math.PI) / 3,
  GOVERNMENT: (4 * Math.PI) / 3,
};

// Partners outside the cluster in a light tint of their helix colour; pending members grey.
const EXTERNAL_COLOURS: Record<string, string> = {
  INDUSTRY: '#9cc9de',
  ACADEMIA: '#dbaac7',
  GOVERNMENT: '#a9d1ab',
};

/* Groups by size; past the palette they share one colour (the table names each). */
export const GROUP_COLOURS = [
  '#0072b2',
  '#d55e00',
  '#009e73',
  '#cc79a7',
  '#e69f00',
  '#56b4e9',
  '#8c564b',
  '#6a3d9a',
];
export const OTHER_GROUP_COLOUR = '#5f6b77';
export const NO_GROUP_COLOUR = '#d5dbe1';

export const groupColour = (group: number): string =>
  GROUP_COLOURS[group - 1] ?? OTHER_GROUP_COLOUR;

function colourOf(n: GraphNode, by: ColourBy): string {
  if (by === 'group' && n.status === 'ACTIVE')
    return n.group ? groupColour(n.group) : NO_GROUP_COLOUR;
  if (n.status === 'ACTIVE') return HELIX_COLOURS[n.helix] ?? '#666';
  if (n.status === 'EXTERNAL') return EXTERNAL_COLOURS[n.helix] ?? '#ccc';
  return '#9aa5b1';
}

type State = 'loading' | 'ready' | 'unsupported';

export function NetworkGraph({
  nodes,
  edges,
  label,
  loadingText,
  colourBy = 'helix',
  controls,
}: {
  nodes: readonly GraphNode[];
  edges: readonly GraphEdge[];
  label: string;
  loadingText: string;
  colourBy?: ColourBy;
  /** Shown once the picture is drawn (e.g. a choice of colouring): without it they do nothing. */
  controls?: ReactNode;
}) {
  const container = useRef<HTMLDivElement>(null);
  const [state, setState] = useState<State>('loading');
  const colouring = useRef(colourBy);
  const recolour = useRef<((by: ColourBy) => void) | undefined>(undefined);

  useEffect(() => {
    let cancelled = false;
    let kill: (() => void) | undefined;
    (async () => {
      const [
        { default: Graph },
        { default: Sigma, DEFAULT_STYLES },
        { layerFill, sdfCircle, sdfDiamond },
        { default: forceAtlas2 },
      ] = await Promise.all([
        import('graphology'),
        import('sigma'),
        import('sigma/rendering'),
        import('graphology-layout-forceatlas2'),
      ]);
      if (cancelled || !container.current) return;
      const graph = new Graph({ type: 'undirected', multi: false });
      // Start each helix in its own sector so the layout settles into a readable picture.
      nodes.forEach((n, i) => {
        const angle = (HELIX_ANGLE[n.helix] ?? 0) + (i % 7) * 0.12;
        const radius = 1 + (i % 5) * 0.3;
        graph.addNode(n.id, {
          label: n.label,
          x: Math.cos(angle) * radius,
          y: Math.sin(angle) * radius,
          size:
            (n.status === 'EXTERNAL' ? 4 : 6 + Math.min(10, Math.sqrt(n.degree) * 2.5)) +
            (n.broker ? 3 : 0),
          color: colourOf(n, colouring.current),
          shape: n.broker ? 'diamond' : 'circle',
        });
      });
      for (const e of edges) {
        if (
          graph.hasNode(e.source) &&
          graph.hasNode(e.target) &&
          !graph.hasEdge(e.source, e.target)
        ) {
          graph.addEdge(e.source, e.target, {
            size: Math.min(4, 0.8 + e.weight * 0.6),
            color: '#b8c2cc',
          });
        }
      }
      if (graph.order > 1) {
        forceAtlas2.assign(graph, {
          iterations: 150,
          settings: { ...forceAtlas2.inferSettings(graph), gravity: 1.5 },
        });
      }
      try {
        const renderer = new Sigma(graph, container.current, {
          settings: { labelRenderedSizeThreshold: 4, itemSizesReference: 'screen' },
          primitives: { nodes: { shapes: [sdfCircle(), sdfDiamond()], layers: [layerFill()] } },
          styles: { nodes: [DEFAULT_STYLES.nodes, { shape: { attribute: 'shape' } }] },
        });
        recolour.current = (by) => {
          for (const n of nodes) {
            if (graph.hasNode(n.id)) graph.setNodeAttribute(n.id, 'color', colourOf(n, by));
          }
        };
        kill = () => renderer.kill();
        setState('ready');
      } catch {
        // No WebGL (old browser, locked-down machine): the list beside it says the same.
        setState('unsupported');
      }
    })().catch(() => setState('unsupported'));
    return () => {
      cancelled = true;
      recolour.current = undefined;
      kill?.();
    };
  }, [nodes, edges]);

  // A new colouring paints the drawn picture again; it is not laid out anew.
  useEffect(() => {
    colouring.current = colourBy;
    recolour.current?.(colourBy);
  }, [colourBy]);

  // sigma owns the inner element (it adds its canvases there); React renders nothing inside it,
  // so the two never fight over the same children.
  return (
    <>
      {state === 'ready' ? controls : null}
      <div
        className="network"
        data-state={state}
        data-colour-by={colourBy}
        data-node-labels={nodes.map((n) => n.label).join('|')}
        data-brokers={nodes
          .filter((n) => n.broker)
          .map((n) => n.label)
          .join('|')}
        role="img"
        aria-label={label}
      >
        {state === 'loading' ? <p className="network__status">{loadingText}</p> : null}
        <div ref={container} className="network__canvas" />
      </div>
    </>
  );
}
