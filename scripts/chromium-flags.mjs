// Headless Chromium flags measured to give WebGL2 through SwiftShader on a 2-CPU machine with
// no GPU (Debian's chromium; docs/architecture.md, "Tests"). One list for the browser tests
// and the benchmark.
// `--use-gl=swiftshader` and `--disable-software-rasterizer` turn WebGL off: never add them.
export const CHROMIUM_PATH = '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader',
];
