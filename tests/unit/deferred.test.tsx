/**
 * Components whose code comes beside the first view (src/app/deferred.tsx): the list, the
 * filters and the timeline first render in the same commit as the data, so once their code is
 * here they must render then, with no loading frame; before it, the fallback; and a failed
 * fetch must say so and offer another try, never leave the sidebar blank.
 */
import { act, fireEvent, render, screen } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { deferred } from '../../src/app/deferred';

function Part({ label }: { label: string }) {
  return <p>{label} works</p>;
}

const options = {
  fallback: <p role="status">Loading the part…</p>,
  failed: (retry: () => void) => (
    <div role="alert">
      The part could not be loaded.
      <button type="button" onClick={retry}>
        Try again
      </button>
    </div>
  ),
};

describe('a deferred component', () => {
  it('renders in the first commit that asks for it once its code has arrived', async () => {
    const Deferred = deferred(async () => Part, options);
    await Deferred.load();
    render(<Deferred label="list" />);
    // Synchronously after the first render: no fallback frame, no suspension.
    expect(screen.getByText('list works')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('shows its fallback until the code arrives, then the component', async () => {
    let arrive: (c: typeof Part) => void = () => undefined;
    const Deferred = deferred(() => new Promise<typeof Part>((r) => (arrive = r)), options);
    render(<Deferred label="timeline" />);
    expect(screen.getByRole('status')).toHaveTextContent('Loading the part…');
    await act(async () => arrive(Part));
    expect(screen.getByText('timeline works')).toBeInTheDocument();
    expect(screen.queryByRole('status')).toBeNull();
  });

  it('says when the code could not be fetched, and fetches it again on Try again', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    const importer = vi
      .fn<() => Promise<typeof Part>>()
      .mockRejectedValueOnce(new TypeError('Failed to fetch dynamically imported module'))
      .mockResolvedValueOnce(Part);
    const Deferred = deferred(importer, options);
    render(<Deferred label="filters" />);
    expect(await screen.findByRole('alert')).toHaveTextContent('The part could not be loaded.');
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(await screen.findByText('filters works')).toBeInTheDocument();
    expect(screen.queryByRole('alert')).toBeNull();
    expect(importer).toHaveBeenCalledTimes(2);
    warn.mockRestore();
  });
});
