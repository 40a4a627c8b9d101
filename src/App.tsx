import { bundledAtlas } from './atlas/bundled';
import type { AtlasIndex } from './atlas/indexes';
import { DetailPanel } from './ui/DetailPanel';
import { HelpOverlay } from './ui/HelpOverlay';
import { HoverTooltip } from './ui/HoverTooltip';
import { Legend } from './ui/Legend';
import { Notices } from './ui/Notices';
import { RegionList } from './ui/RegionList';
import { Toolbar } from './ui/Toolbar';
import { Viewport } from './ui/Viewport';
import { useShortcuts } from './ui/useShortcuts';
import { useUrlSync } from './ui/useUrlSync';

function Atlas({ index }: { index: AtlasIndex }) {
  useShortcuts();
  useUrlSync(index);
  return (
    <div className="app">
      <header className="app-header">
        <div className="brand">
          <h1>Injection Atlas</h1>
          <p className="disclaimer">Botulinum toxin in hemifacial spasm. A teaching aid, not a prescription.</p>
        </div>
        <Toolbar />
      </header>
      <aside className="side side-left" aria-label="Region list">
        <RegionList index={index} />
      </aside>
      <main className="main">
        <Viewport />
        <Legend />
        <Notices />
        <HoverTooltip />
      </main>
      <aside className="side side-right" aria-label="Details">
        <DetailPanel index={index} />
      </aside>
      <HelpOverlay />
    </div>
  );
}

/** Composes the page, or says exactly what is wrong with the content if it did not load. */
export default function App() {
  if (!bundledAtlas.ok) {
    return (
      <div className="data-error" role="alert">
        <h1>The atlas content has errors</h1>
        <p>Nothing is shown rather than something unchecked. Fix these in data/ (npm run check:data lists them):</p>
        <ul>
          {bundledAtlas.problems.map((problem) => (
            <li key={problem}>{problem}</li>
          ))}
        </ul>
      </div>
    );
  }
  return <Atlas index={bundledAtlas.index} />;
}
