/**
 * Keeps one part of the page from taking the rest down: if the map, the panel or the
 * timeline throws while rendering, that part is replaced by a plain message saying what
 * still works, with a button to try it again. The store and the URL are untouched, so the
 * other parts carry on and a reload restores the same view.
 */
import { Component, type ErrorInfo, type ReactNode } from 'react';
import './section-boundary.css';

interface Props {
  /** The part, as a reader names it: "The map", "The event details". */
  name: string;
  /** What still works without it, said to the reader. */
  meanwhile: string;
  /** A value whose change clears the failure (the panel's selection, say). */
  resetKey?: unknown;
  /** The class the part's own box has, so the message takes its place on the page. */
  className?: string;
  /** Closes the part (the panel), offered beside Try again. */
  onClose?: () => void;
  /** A part the screen never shows (the printout's sheet): say it where it would be, not aloud. */
  quiet?: boolean;
  children: ReactNode;
}

interface State {
  error: Error | null;
  resetKey: unknown;
}

export class SectionBoundary extends Component<Props, State> {
  state: State = { error: null, resetKey: this.props.resetKey };

  static getDerivedStateFromError(error: unknown): Partial<State> {
    return { error: error instanceof Error ? error : new Error(String(error)) };
  }

  static getDerivedStateFromProps(props: Props, state: State): Partial<State> | null {
    // Another selection is another chance: show it rather than the old failure.
    return props.resetKey !== state.resetKey ? { resetKey: props.resetKey, error: null } : null;
  }

  componentDidCatch(error: unknown, info: ErrorInfo) {
    // Kept for whoever reads the console; the reader gets the message below.
    console.error(`${this.props.name} failed`, error, info.componentStack);
  }

  render() {
    const { error } = this.state;
    if (!error) return this.props.children;
    const { name, meanwhile, className, onClose, quiet } = this.props;
    return (
      <div
        className={className ? `${className} section-error` : 'section-error'}
        role={quiet ? undefined : 'alert'}
      >
        <p>
          {name} stopped working ({error.message}). {meanwhile}
        </p>
        <button type="button" onClick={() => this.setState({ error: null })}>
          Try again
        </button>
        {onClose && (
          <button type="button" onClick={onClose}>
            Close
          </button>
        )}
      </div>
    );
  }
}
