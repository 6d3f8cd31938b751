/**
 * "Export and cite": the events in view as CSV or GeoJSON, the view as a PNG, print, and a
 * citation. Every export carries its provenance: the dataset and version, what an import
 * assumed, the filters, the link and the day. Loaded on demand; nothing here is on the first
 * view's path.
 */
import { useMemo, useState } from 'react';
import type { DatasetMeta } from '../data/dataset-meta';
import { eventRecord, RECORD_COLUMNS } from '../data/event-record';
import type { AtlasEvent, Dataset } from '../data/model';
import type { DayRange, Filters } from '../data/view-types';
import { Modal } from '../shared/modal';
import { CiteBox } from './cite-box';
import { citationBibtex, citationText } from './citation';
import { csvTable } from './csv-writer';
import { exportName, saveBlob } from './download';
import { eventsGeoJson } from './geojson-export';
import { canvasToPng, composeImage } from './png-image';
import { describeOrigin, describeView, provenance, provenanceLines } from './provenance';
import './export.css';

export interface ExportPanelProps {
  dataset: Dataset;
  meta: DatasetMeta;
  /** The events in view: filters, search and window. */
  visible: readonly AtlasEvent[];
  /** Filters and search, any time: the image's histogram. */
  filtered: readonly AtlasEvent[];
  window: DayRange;
  filters: Filters;
  search: string;
  link: string;
  /** The map as drawn now, or null. */
  snapshot(): HTMLCanvasElement | null;
  onPrint(): void;
  onClose(): void;
}

export function ExportPanel(props: ExportPanelProps) {
  const { dataset, meta, visible, link, onClose } = props;
  const [header, setHeader] = useState(true);
  const [status, setStatus] = useState('');
  const p = useMemo(
    () =>
      provenance({
        meta,
        window: props.window,
        filters: props.filters,
        search: props.search,
        count: visible.length,
        link,
        now: new Date(),
      }),
    [meta, props.window, props.filters, props.search, visible.length, link],
  );
  const name = (ext: string) => exportName(p.view.from, p.view.to, ext);
  const n = visible.length.toLocaleString('en');

  const csv = () => {
    const text = csvTable(
      RECORD_COLUMNS,
      visible.map(eventRecord),
      header ? provenanceLines(p, dataset) : [],
    );
    saveBlob(new Blob([text], { type: 'text/csv;charset=utf-8' }), name('csv'));
    setStatus(`Saved ${n} events as CSV`);
  };
  const geojson = () => {
    const text = JSON.stringify(eventsGeoJson(visible, p));
    saveBlob(new Blob([text], { type: 'application/geo+json' }), name('geojson'));
    setStatus(`Saved ${n} events as GeoJSON`);
  };
  const png = async () => {
    setStatus('Drawing the image…');
    try {
      const canvas = composeImage({
        map: props.snapshot(),
        title:
          meta.origin === 'built-in'
            ? `Incident Atlas: ${meta.title}`
            : `Incident Atlas: ${describeOrigin(p)}`,
        view: describeView(p, dataset),
        filtered: props.filtered,
        window: props.window,
        extent: dataset.extent,
        link,
        credit: `Events: ${describeOrigin(p)}. Basemap: Natural Earth. Map: MapLibre. Made with Incident Atlas on ${p.accessed}.`,
      });
      saveBlob(await canvasToPng(canvas), name('png'));
      setStatus('Saved the image as PNG');
    } catch (error) {
      setStatus(`The image could not be made (${error instanceof Error ? error.message : String(error)}).`);
    }
  };

  return (
    <Modal title="Export and cite this view" onClose={onClose}>
      <p className="export-view">
        {describeView(p, dataset)}.{' '}
        {meta.origin === 'file' &&
          'The data is your local file: the link opens the view but cannot carry the file.'}
      </p>
      <section className="export-section" aria-labelledby="export-data">
        <h3 id="export-data">The {n} events in view</h3>
        <div className="export-actions">
          <button type="button" onClick={csv} disabled={visible.length === 0}>
            Download CSV
          </button>
          <button type="button" onClick={geojson} disabled={visible.length === 0}>
            Download GeoJSON
          </button>
        </div>
        <label className="export-option">
          <input type="checkbox" checked={header} onChange={(e) => setHeader(e.target.checked)} /> CSV: start
          with the provenance as # comment lines (most tools skip them; untick for a bare table)
        </label>
        <p className="export-hint">
          One row or feature per event, with its place; sources joined with “ | ”; cells a spreadsheet would
          run as formulas start with an apostrophe. Both open again here unchanged.
        </p>
      </section>
      <section className="export-section" aria-labelledby="export-image">
        <h3 id="export-image">The view as an image</h3>
        <div className="export-actions">
          <button type="button" onClick={() => void png()}>
            Download PNG
          </button>
          <button type="button" onClick={props.onPrint}>
            Print or save as PDF…
          </button>
        </div>
        <p className="export-hint">
          The map as it is now, with the legend, the timeline, the filters and the link.
        </p>
      </section>
      <section className="export-section" aria-labelledby="export-cite">
        <h3 id="export-cite">Cite this view</h3>
        <CiteBox label="Citation" text={citationText(p, dataset)} rows={4} />
        <CiteBox label="BibTeX" text={citationBibtex(p, dataset)} rows={8} />
      </section>
      <p className="export-status" role="status">
        {status}
      </p>
    </Modal>
  );
}
