import { useT } from '../lib/i18n/use-t.ts';
import { enumLabel } from '../lib/labels.ts';

/** The helix as a coloured dot and a word (the colour is never the only cue). */
export function HelixTag({ helix }: { helix: string }) {
  const t = useT();
  return (
    <span className={`helix helix--${helix.toLowerCase()}`}>{enumLabel(t, 'helix', helix)}</span>
  );
}
