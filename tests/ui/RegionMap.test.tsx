import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { afterEach, describe, expect, it } from 'vitest';
import App from '../../src/App';
import { useAtlas } from '../../src/state/store';

afterEach(() => window.history.replaceState(null, '', '/'));

const list = () => screen.getByRole('listbox', { name: 'Regions' });
const options = () => within(list()).getAllByRole('option');

describe('region list', () => {
  it('lists every region instance, targets and avoid-zones in their groups', () => {
    render(<App />);
    expect(options()).toHaveLength(39);
    expect(within(list()).getByRole('group', { name: 'Target muscles' })).toBeInTheDocument();
    expect(within(list()).getByRole('group', { name: 'Avoid-zones' })).toBeInTheDocument();
  });

  it('finds the levator and lower-frontalis zones when searching "ptosis"', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('searchbox'), 'ptosis');
    const names = options().map((o) => o.textContent);
    expect(names.some((n) => /levator palpebrae superioris \(left\)/.test(n!))).toBe(true);
    expect(names.some((n) => /Lower frontalis just above the brow \(left\)/.test(n!))).toBe(true);
  });

  it('finds the medial lower lid and lateral canthus zones when searching "diplopia"', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('searchbox'), 'diplopia');
    const names = options().map((o) => o.textContent!);
    expect(names).toEqual(
      expect.arrayContaining([
        expect.stringMatching(/Medial lower lid over the inferior oblique \(left\)/),
        expect.stringMatching(/lateral rectus\) \(right\)/),
      ]),
    );
    expect(names.every((n) => /inferior oblique|lateral rectus/.test(n))).toBe(true);
  });

  it('searches Latin names too', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.type(screen.getByRole('searchbox'), 'corrugator supercilii left');
    expect(options().map((o) => o.textContent)).toEqual(['Corrugator supercilii (left)']);
  });

  it('is operable from the keyboard: arrows move, Enter opens the region', async () => {
    const user = userEvent.setup();
    render(<App />);
    list().focus();
    await user.keyboard('{ArrowDown}{ArrowDown}');
    const active = list().getAttribute('aria-activedescendant')!;
    expect(document.getElementById(active)).toHaveTextContent('Orbicularis oculi, lower lid (lateral) (left)');
    await user.keyboard('{Enter}');
    expect(screen.getByRole('heading', { level: 2, name: 'Orbicularis oculi, lower lid (lateral)' })).toBeInTheDocument();
    expect(within(list()).getByRole('option', { selected: true })).toHaveTextContent('lower lid (lateral) (left)');
    await user.keyboard('{End}');
    expect(document.getElementById(list().getAttribute('aria-activedescendant')!)).toHaveTextContent(
      'Depressor anguli oris (right)',
    );
  });

  it('hides the avoid-zones from the list when their layer is off', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Avoid-zones' }));
    expect(within(list()).queryByRole('group', { name: 'Avoid-zones' })).toBeNull();
    expect(options()).toHaveLength(22);
    await user.click(screen.getByRole('button', { name: 'Show avoid-zones' }));
    expect(options()).toHaveLength(39);
  });
});

describe('detail panel', () => {
  it('shows a fact with its verbatim quote, source and evidence', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(list()).getByRole('option', { name: /levator palpebrae superioris \(left\)/ }));
    const panel = screen.getByRole('region', { name: 'Mid upper lid over levator palpebrae superioris' });
    const factsSection = within(panel).getByRole('region', { name: /Sourced facts/ });
    const fact = within(factsSection).getByRole('article', {
      name: 'Keeping away from the levator palpebrae superioris may reduce ptosis.',
    });
    expect(fact).toHaveTextContent(
      '“Avoiding injection near levator palpebrae superioris may reduce the complication of ptosis.”',
    );
    expect(fact).toHaveTextContent('Evidence: Product label');
    expect(fact.querySelector('cite')).toHaveTextContent(/Summary of Product Characteristics/);
    expect(within(panel).getByRole('heading', { name: 'Eyelid ptosis' })).toBeInTheDocument();
    expect(within(panel).getByText('4.5% of 875 patients (Siriraj 10-year series)', { exact: false })).toBeInTheDocument();
  });

  it('shows the Bell’s palsy claim as refuted, struck through, never as fact', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(list()).getByRole('option', { name: 'Orbicularis oris' }));
    const claim = screen.getByRole('article', { name: /claim S7: Refuted/ });
    expect(claim.querySelector('del')).toHaveTextContent('Bell’s Palsy');
    expect(claim).toHaveTextContent('This claim is false');
  });

  it('says "no sourced figure" where no source gives one', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(list()).getByRole('option', { name: /Lower frontalis just above the brow \(left\)/ }));
    const complication = screen.getByRole('article', { name: 'Brow ptosis' });
    expect(within(complication).getByText('No sourced figure')).toBeInTheDocument();
  });

  it('follows a complication to the region that causes it', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(list()).getByRole('option', { name: /Orbicularis oculi, lower lid \(lateral\) \(right\)/ }));
    const epiphora = screen.getByRole('article', { name: 'Epiphora (tearing)' });
    await user.click(within(epiphora).getByRole('button', { name: 'Medial lower lid over the inferior oblique (right)' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Medial lower lid over the inferior oblique' })).toBeInTheDocument();
    expect(useAtlas.getState().selected).toBe('io-medial-lower-lid:right');
  });

  it('flags the masseter and closes on Esc', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(list()).getByRole('option', { name: /Masseter \(left\)/ }));
    expect(screen.getByRole('note')).toHaveTextContent(/trigeminal/);
    await user.keyboard('{Escape}');
    expect(screen.getByRole('heading', { name: 'Choose a region' })).toBeInTheDocument();
  });

  it('shows the affected side', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Affected side' }), 'right');
    await user.click(within(list()).getByRole('option', { name: /Corrugator supercilii \(left\)/ }));
    expect(screen.getByText(/Affected side: subject's right \(this region is on the unaffected side\)/)).toBeInTheDocument();
  });
});

describe('deep links', () => {
  it('opens the region, layers and side a link names', () => {
    window.history.replaceState(null, '', '/?region=corrugator:left&layers=targets,labels&side=left');
    render(<App />);
    expect(screen.getByRole('heading', { level: 2, name: 'Corrugator supercilii' })).toBeInTheDocument();
    expect(useAtlas.getState()).toMatchObject({ showAvoid: false, showLabels: true, affectedSide: 'left' });
  });

  it('ignores a malformed parameter with a notice, never a crash', () => {
    window.history.replaceState(null, '', '/?region=nose-wings:left&skin=banana');
    render(<App />);
    const status = screen.getAllByRole('status').find((s) => s.classList.contains('notices'))!;
    expect(status).toHaveTextContent('"region" value "nose-wings:left"');
    expect(status).toHaveTextContent('"skin" value "banana"');
    expect(screen.getByRole('heading', { name: 'Choose a region' })).toBeInTheDocument();
  });

  it('writes the selection into the address and goes back through selections', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(within(list()).getByRole('option', { name: /Corrugator supercilii \(left\)/ }));
    expect(window.location.search).toContain('region=corrugator%3Aleft');
    await user.click(within(list()).getByRole('option', { name: /Masseter \(right\)/ }));
    expect(window.location.search).toContain('region=masseter%3Aright');
    await act(async () => {
      window.history.back();
      await new Promise((resolve) => window.addEventListener('popstate', resolve, { once: true }));
    });
    expect(useAtlas.getState().selected).toBe('corrugator:left');
  });
});
