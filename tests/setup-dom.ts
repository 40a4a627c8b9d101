import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach, beforeEach } from 'vitest';
import { useAtlas, initialAtlasState } from '../src/state/store';

beforeEach(() => useAtlas.setState(initialAtlasState, true));
afterEach(() => cleanup());
