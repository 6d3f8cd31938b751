/**
 * "Open your data": choose or drop a file, check how it will be read, watch it load, and see
 * what was left out. The file is read in this browser (a Web Worker) and never uploaded. The
 * data on screen stays until the new data has loaded with at least one event.
 */
import { useEffect, useRef, useState } from 'react';
import { Modal } from '../shared/modal';
import type { Encoding } from './decode';
import { defaultOptions } from './default-options';
import { finishImport, type ImportReport, type Loaded } from './finish';
import { type ImportSession, openImport } from './import-client';
import { ImportProgress } from './import-progress';
import { IssuesReport } from './issues-report';
import { formatBytes, MAX_CSV_BYTES, MAX_JSON_BYTES } from './limits';
import type { ImportOptions } from './mapping';
import { MappingStep } from './mapping-step';
import { ImportCancelled, ImportRefused } from './refused';
import type { ImportProgress as Progress } from './run-import';
import type { Sniffed } from './sniff';
import './import.css';

type Step =
  | { kind: 'choose'; message: string | null }
  | { kind: 'reading'; name: string }
  | { kind: 'map'; name: string; sniffed: Sniffed; options: ImportOptions }
  | { kind: 'running'; progress: Progress | null; built: { done: number; total: number } | null }
  | { kind: 'report'; report: ImportReport; empty: boolean };

interface Props {
  /** A file dropped on the page: the dialog starts with it. */
  file?: File | null;
  /** Reopens the report of the data on screen. */
  report?: ImportReport | null;
  /** What the page shows now, named in "your current data stays" messages. */
  current: string;
  onLoaded(loaded: Loaded): void;
  onClose(): void;
}

const ACCEPT = '.csv,.tsv,.txt,.geojson,.json,text/csv,application/geo+json,application/json';

export function ImportDialog({ file = null, report = null, current, onLoaded, onClose }: Props) {
  const [step, setStep] = useState<Step>(
    report ? { kind: 'report', report, empty: false } : { kind: 'choose', message: null },
  );
  const session = useRef<ImportSession | null>(null);
  const alive = useRef(true);

  /** Reports a failure of `from` (a session since replaced says nothing). */
  const failOf = (from: ImportSession | null) => (error: unknown) => {
    if (!alive.current || session.current !== from) return;
    const message =
      error instanceof ImportCancelled
        ? `Cancelled. ${current} is still shown.`
        : error instanceof ImportRefused
          ? error.message
          : `The file could not be read (${error instanceof Error ? error.message : String(error)}).`;
    setStep({ kind: 'choose', message });
  };

  const open = (chosen: File) => {
    session.current?.cancel();
    const next = openImport(chosen, chosen.name);
    session.current = next;
    setStep({ kind: 'reading', name: chosen.name });
    next.sniff().then((sniffed) => {
      if (alive.current && session.current === next) {
        setStep({ kind: 'map', name: chosen.name, sniffed, options: defaultOptions(sniffed, chosen.name) });
      }
    }, failOf(next));
  };

  const reread = (name: string, encoding: Encoding) => {
    const s = session.current;
    if (!s) return;
    setStep({ kind: 'reading', name });
    s.sniff(encoding).then((sniffed) => {
      if (alive.current && session.current === s) {
        setStep({ kind: 'map', name, sniffed, options: defaultOptions(sniffed, name) });
      }
    }, failOf(s));
  };

  const load = async (name: string, sniffed: Sniffed, options: ImportOptions) => {
    const s = session.current;
    if (!s) return;
    setStep({ kind: 'running', progress: null, built: null });
    try {
      const result = await s.run(options, sniffed, (progress) => {
        if (alive.current) setStep({ kind: 'running', progress, built: null });
      });
      if (!alive.current) return;
      if (result.loaded === 0) {
        setStep({
          kind: 'report',
          empty: true,
          report: {
            kind: sniffed.kind,
            rowsRead: result.rowsRead,
            loaded: 0,
            rejected: result.rejected,
            issues: result.issues,
            stopped: result.stopped,
          },
        });
        return;
      }
      const total = result.loaded;
      const loaded = await finishImport(result, sniffed, { origin: 'file', name }, (done) => {
        if (alive.current) setStep({ kind: 'running', progress: null, built: { done, total } });
      });
      onLoaded(loaded);
      if (!alive.current) return;
      if (loaded.report.rejected > 0 || loaded.report.stopped)
        setStep({ kind: 'report', report: loaded.report, empty: false });
      else onClose();
    } catch (error) {
      failOf(s)(error);
    }
  };

  useEffect(() => {
    alive.current = true;
    return () => {
      alive.current = false;
      session.current?.cancel();
    };
  }, []);

  // A file dropped on the page (now, or while the dialog is open) starts over with that file.
  const openLatest = useRef(open);
  openLatest.current = open;
  useEffect(() => {
    if (file) openLatest.current(file);
  }, [file]);

  const cancel = () => {
    session.current?.cancel();
    onClose();
  };

  return (
    <Modal title="Open your own data" onClose={cancel} wide={step.kind === 'map' || step.kind === 'report'}>
      {step.kind === 'choose' && (
        <div className="import-choose">
          <p>
            Open a CSV or GeoJSON file from this device, or drop it here.{' '}
            <strong>It is read in this browser and never uploaded</strong>; it stays until you close the page.
          </p>
          <p className="import-hint">
            Read as they are: files exported from this page, ACLED exports, and GeoJSON points with a date.
            Any other table: you say which column is which. Up to {formatBytes(MAX_CSV_BYTES)} of CSV or{' '}
            {formatBytes(MAX_JSON_BYTES)} of GeoJSON.
          </p>
          {step.message && (
            <p className="import-error" role="alert">
              {step.message}
            </p>
          )}
          <label className="import-pick">
            Choose a file…
            <input
              type="file"
              accept={ACCEPT}
              data-testid="import-file"
              onChange={(e) => {
                const chosen = e.target.files?.[0];
                e.target.value = '';
                if (chosen) open(chosen);
              }}
            />
          </label>
        </div>
      )}
      {step.kind === 'reading' && (
        <p role="status" className="import-reading">
          Reading {step.name}…
        </p>
      )}
      {step.kind === 'map' && (
        <MappingStep
          sniffed={step.sniffed}
          options={step.options}
          onChange={(options) => setStep({ ...step, options })}
          onEncoding={(encoding) => reread(step.name, encoding)}
          onLoad={() => void load(step.name, step.sniffed, step.options)}
          onCancel={cancel}
        />
      )}
      {step.kind === 'running' && (
        <ImportProgress progress={step.progress} built={step.built} onCancel={cancel} />
      )}
      {step.kind === 'report' && (
        <>
          {step.empty && (
            <p className="import-error" role="alert">
              No row could be read, so nothing changed: {current} is still shown.
            </p>
          )}
          <IssuesReport report={step.report} />
          <div className="import-actions">
            <button type="button" className="primary" onClick={onClose}>
              Close
            </button>
            {step.empty && (
              <button type="button" onClick={() => setStep({ kind: 'choose', message: null })}>
                Choose another file
              </button>
            )}
          </div>
        </>
      )}
    </Modal>
  );
}
