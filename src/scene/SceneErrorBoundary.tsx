import { Component, type ReactNode } from 'react';

export interface SceneErrorBoundaryProps {
  onError: (message: string) => void;
  children: ReactNode;
}

/** Keeps a failed model load or a lost WebGL context from taking the whole page down. */
export class SceneErrorBoundary extends Component<SceneErrorBoundaryProps, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override componentDidCatch(error: unknown) {
    this.props.onError(error instanceof Error ? error.message : String(error));
  }

  override render() {
    return this.state.failed ? null : this.props.children;
  }
}
