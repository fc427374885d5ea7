/**
 * Around every island: if the tool fails while it renders or starts (for example on data saved by
 * an older version), the page keeps working and the reader sees what happened, with a "Reset this
 * tool" action that forgets what the tool saved in this browser and in the address, then starts it again.
 */
import { Component, Fragment, createRef, type ReactNode } from 'react';
import { browserStorage, removeItem } from '../lib/storage.ts';

export interface IslandBoundaryProps {
  /** The tool's name as the reader knows it: "The practice Directory". */
  tool: string;
  /** localStorage keys the tool writes. */
  storageKeys?: readonly string[];
  /** Query parameters the tool reads from the address. */
  urlParams?: readonly string[];
  children: ReactNode;
}

interface State {
  error?: Error;
  /** Bumped by a reset, so the tool mounts afresh. */
  attempt: number;
  status: string;
}

export class IslandBoundary extends Component<IslandBoundaryProps, State> {
  override state: State = { attempt: 0, status: '' };
  private heading = createRef<HTMLParagraphElement>();

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)), status: '' };
  }

  override componentDidUpdate(_: IslandBoundaryProps, previous: State) {
    if (this.state.error && !previous.error) this.heading.current?.focus();
  }

  private reset = () => {
    const store = browserStorage();
    for (const key of this.props.storageKeys ?? []) removeItem(store, key);
    const params = this.props.urlParams ?? [];
    if (params.length) {
      const url = new URL(location.href);
      for (const name of params) url.searchParams.delete(name);
      history.replaceState(history.state, '', url);
    }
    this.setState((s) => ({ error: undefined, attempt: s.attempt + 1, status: `${this.props.tool} was reset and started again.` }));
  };

  override render() {
    const { tool, children } = this.props;
    const { error, attempt, status } = this.state;
    if (!error) {
      return (
        <>
          <Fragment key={attempt}>{children}</Fragment>
          {status && (
            <p className="sr-only" role="status">
              {status}
            </p>
          )}
        </>
      );
    }
    return (
      <div className="notice notice--warning island-error" role="alert">
        <p ref={this.heading} tabIndex={-1}>
          <strong>{tool} stopped working.</strong> Something it needed could not be read or shown, so it stopped here instead of
          showing something wrong. The rest of the page works.
        </p>
        <p>
          <button type="button" className="control" onClick={this.reset}>
            Reset this tool
          </button>{' '}
          Forgets what this tool saved in this browser and in the address, then starts it again.
        </p>
        <details>
          <summary>What happened</summary>
          <p>
            <code>{error.message || error.name}</code>
          </p>
        </details>
      </div>
    );
  }
}
