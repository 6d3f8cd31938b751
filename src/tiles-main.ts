/** Bootstrap of tiles.html, the page that opens a PMTiles archive of events (docs/beyond-the-browser.md). */
import { openTilesPage } from './map/tiles/tiles-page';
import './map/tiles/tiles-page.css';

const root = document.getElementById('tiles-root');
if (root) void openTilesPage(root, window.location);
