// One page that cannot be rendered (a proposal with a shape the page did not expect) shows a
// Danish notice instead of blanking the whole app; the header and navigation stay usable. Keyed by
// the address, so the next page starts afresh.
import { Component, type ReactNode } from 'react';
import { da } from '../i18n/da.ts';

interface State {
  failed: boolean;
}

export class PageErrorBoundary extends Component<{ children: ReactNode }, State> {
  override state: State = { failed: false };

  static getDerivedStateFromError(): State {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    // The browser console is where a supporter looks; the user gets the notice below.
    console.error(error);
  }

  override render(): ReactNode {
    if (!this.state.failed) return this.props.children;
    return (
      <div className="error" role="alert">
        <h1>{da.errors.pageFailedTitle}</h1>
        <p>{da.errors.pageFailed}</p>
      </div>
    );
  }
}
