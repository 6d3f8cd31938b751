/** The boundary that keeps a failing part (map, panel, timeline) from blanking the page. */
import { fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { SectionBoundary } from '../../src/app/section-boundary';

let failing = true;
function Part({ label }: { label: string }) {
  if (failing) throw new Error('Invalid time value');
  return <p>{label} works</p>;
}

function Page() {
  const [key, setKey] = useState('a');
  const [open, setOpen] = useState(true);
  return (
    <>
      <button type="button" onClick={() => setKey('b')}>
        Another event
      </button>
      {open && (
        <SectionBoundary
          name="The panel"
          meanwhile="The list still works."
          resetKey={key}
          onClose={() => setOpen(false)}
        >
          <Part label={`panel ${key}`} />
        </SectionBoundary>
      )}
      <p>The list</p>
    </>
  );
}

afterEach(() => {
  failing = true;
  vi.restoreAllMocks();
});

describe('SectionBoundary', () => {
  it('replaces only the failing part with a message that says what still works', () => {
    // React and the boundary report the error on the console; kept out of the test output.
    const logged = vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Page />);
    expect(logged).toHaveBeenCalledWith('The panel failed', expect.any(Error), expect.any(String));
    expect(screen.getByRole('alert')).toHaveTextContent(
      'The panel stopped working (Invalid time value). The list still works.',
    );
    expect(screen.getByText('The list')).toBeInTheDocument();
  });

  it('Try again renders the part anew once it can', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.getByRole('alert')).toBeInTheDocument();
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Try again' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('panel a works')).toBeInTheDocument();
  });

  it('another selection clears the failure', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Page />);
    expect(screen.getByRole('alert')).toBeInTheDocument();
    failing = false;
    fireEvent.click(screen.getByRole('button', { name: 'Another event' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('panel b works')).toBeInTheDocument();
  });

  it('Close closes the failed part', () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    render(<Page />);
    fireEvent.click(screen.getByRole('button', { name: 'Close' }));
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
    expect(screen.getByText('The list')).toBeInTheDocument();
  });
});
