import { Toolbar } from './ui/Toolbar';
import { Viewport } from './ui/Viewport';
import { useShortcuts } from './ui/useShortcuts';

/** Composes the page: header and toolbar, the region list, the head, the detail panel. */
export default function App() {
  useShortcuts();
  return (
    <div className="app">
      <header className="app-header">
        <h1>Injection Atlas</h1>
        <p className="disclaimer">A teaching aid for botulinum toxin in hemifacial spasm, not a prescription.</p>
        <Toolbar />
      </header>
      <aside className="side side-left" aria-label="Regions" />
      <main className="main">
        <Viewport />
      </main>
      <aside className="side side-right" aria-label="Details" />
    </div>
  );
}
