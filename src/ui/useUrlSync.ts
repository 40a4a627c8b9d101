import { useEffect } from 'react';
import type { AtlasIndex } from '../atlas/indexes';
import { findView } from '../atlas/views';
import { decodeUrlState, encodeUrlState, type UrlState } from '../lib/urlState';
import { selectRegion } from '../state/selectRegion';
import { useAtlas, type AtlasState } from '../state/store';

function currentUrlState(s: AtlasState): UrlState {
  return {
    region: s.selected,
    view: s.view,
    camera: s.view ? null : s.camera,
    layers: { targets: s.showTargets, avoid: s.showAvoid, sites: s.showSites, labels: s.showLabels },
    skinOpacity: s.skinOpacity,
    side: s.affectedSide,
  };
}

function apply(index: AtlasIndex, search: string, { notify }: { notify: boolean }) {
  const { state, problems } = decodeUrlState(search, {
    region: (key) => index.instanceByKey.has(key),
    view: (id) => Boolean(findView(id)),
  });
  const store = useAtlas.getState();
  if (notify) for (const problem of problems) store.notify(problem);
  store.setLayer('showTargets', state.layers.targets);
  store.setLayer('showAvoid', state.layers.avoid);
  store.setLayer('showSites', state.layers.sites);
  store.setLayer('showLabels', state.layers.labels);
  store.setSkinOpacity(state.skinOpacity);
  store.setAffectedSide(state.side);
  const cameraGiven = Boolean(state.view || state.camera);
  selectRegion(state.region, { moveCamera: !cameraGiven });
  if (state.view) store.setView(state.view);
  else if (state.camera) store.flyTo(state.camera);
}

/**
 * Keeps the address bar in step with the atlas: a new selection is a history entry (back and
 * forward move through selections); camera and layer changes replace the current entry.
 * Opening a link restores it; a malformed parameter is dropped with a notice.
 */
export function useUrlSync(index: AtlasIndex) {
  useEffect(() => {
    apply(index, window.location.search, { notify: true });
    let lastSelected = useAtlas.getState().selected;
    let lastQuery = encodeUrlState(currentUrlState(useAtlas.getState()));
    const write = (s: AtlasState) => {
      const query = encodeUrlState(currentUrlState(s));
      if (query === lastQuery) return;
      const url = `${window.location.pathname}${query ? `?${query}` : ''}${window.location.hash}`;
      if (s.selected !== lastSelected) window.history.pushState(null, '', url);
      else window.history.replaceState(null, '', url);
      lastSelected = s.selected;
      lastQuery = query;
    };
    const unsubscribe = useAtlas.subscribe(write);
    const onPop = () => {
      apply(index, window.location.search, { notify: false });
      lastSelected = useAtlas.getState().selected;
      lastQuery = encodeUrlState(currentUrlState(useAtlas.getState()));
    };
    window.addEventListener('popstate', onPop);
    return () => {
      unsubscribe();
      window.removeEventListener('popstate', onPop);
    };
  }, [index]);
}
