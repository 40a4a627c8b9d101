import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import App from '../../src/App';
import { ACTIONS } from '../../src/state/actions';
import { useAtlas } from '../../src/state/store';

describe('<App> without WebGL (jsdom has none)', () => {
  it('says plainly that 3D is unavailable instead of a blank canvas', async () => {
    render(<App />);
    expect(await screen.findByRole('alert')).toHaveTextContent(/3D is not available in this browser/);
    expect(screen.getByRole('region', { name: 'Head viewer' })).toHaveAttribute('data-scene-status', 'no-webgl');
  });

  it('states once that it is a teaching aid, not a prescription', () => {
    render(<App />);
    expect(screen.getAllByText(/teaching aid/i)).toHaveLength(1);
    expect(screen.getByText(/not a prescription/i)).toBeInTheDocument();
  });

  it('keeps room for the region list and the detail panel', () => {
    render(<App />);
    expect(screen.getByRole('complementary', { name: 'Region list' })).toBeInTheDocument();
    expect(screen.getByRole('complementary', { name: 'Details' })).toBeInTheDocument();
  });
});

describe('view toolbar', () => {
  it('has a button for every view action, front pressed at start', () => {
    render(<App />);
    const toolbar = screen.getByRole('toolbar', { name: 'Views' });
    for (const action of ACTIONS.filter((a) => a.group === 'view')) {
      expect(within(toolbar).getByRole('button', { name: action.label })).toBeInTheDocument();
    }
    expect(within(toolbar).getByRole('button', { name: 'Front' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('moves to a preset on click and back to the front on reset', async () => {
    const user = userEvent.setup();
    render(<App />);
    await user.click(screen.getByRole('button', { name: 'Left' }));
    expect(screen.getByRole('button', { name: 'Left' })).toHaveAttribute('aria-pressed', 'true');
    expect(screen.getByRole('button', { name: 'Front' })).toHaveAttribute('aria-pressed', 'false');
    await user.click(screen.getByRole('button', { name: 'Reset view' }));
    expect(screen.getByRole('button', { name: 'Front' })).toHaveAttribute('aria-pressed', 'true');
  });

  it('answers the keyboard shortcuts listed in the actions table', async () => {
    const user = userEvent.setup();
    render(<App />);
    const before = useAtlas.getState().cameraRequest;
    await user.keyboard('3');
    expect(useAtlas.getState().view).toBe('left');
    await user.keyboard('0');
    expect(useAtlas.getState().view).toBe('front');
    expect(useAtlas.getState().cameraRequest).toBe(before + 2);
  });
});
