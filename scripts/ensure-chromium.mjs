// Finds the system Chromium the e2e tests drive. playwright-core never downloads a browser here:
// the machines reach only the npm registry and Debian's packages, so Chromium comes from apt.
//
// As a script (`node scripts/ensure-chromium.mjs`) it installs Debian's chromium, and a Chinese
// font, when they are missing and we are root on a machine with apt-get; otherwise it explains
// how to install them.
import { spawnSync } from 'node:child_process';
import { accessSync, constants } from 'node:fs';
import { pathToFileURL } from 'node:url';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser'];

const INSTALL_HINT =
  'Chromium is needed for the browser tests and was not found. Install it with ' +
  '`sudo apt-get install -y chromium` (Debian/Ubuntu), or point CHROMIUM_PATH at a Chromium ' +
  'or Chrome executable.';

function isExecutable(path) {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/** The Chromium executable to launch, or undefined when none is installed. */
export function findChromium() {
  const fromEnv = process.env.CHROMIUM_PATH;
  if (fromEnv) {
    if (!isExecutable(fromEnv)) {
      throw new Error(`CHROMIUM_PATH is set to ${fromEnv}, but no executable is there.`);
    }
    return fromEnv;
  }
  return CANDIDATES.find(isExecutable);
}

/** Like findChromium, but a missing browser is an error that says how to install one. */
export function requireChromium() {
  const path = findChromium();
  if (!path) throw new Error(INSTALL_HINT);
  return path;
}

function canAptInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && spawnSync('sh', ['-c', 'command -v apt-get'], { stdio: 'ignore' }).status === 0;
}

function aptInstallChromium() {
  console.log('Chromium is missing: installing Debian package "chromium" with apt-get...');
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  for (const args of [['update'], ['install', '-y', 'chromium']]) {
    const result = spawnSync('apt-get', args, { stdio: 'inherit', env });
    if (result.status !== 0) throw new Error(`apt-get ${args.join(' ')} failed. ${INSTALL_HINT}`);
  }
}

const FONT_PACKAGE = 'fonts-wqy-microhei';
const FONT_HINT =
  'The browser tests show the 简体中文 interface and measure its layout, which needs a Chinese ' +
  'font; fontconfig finds none (`fc-list :lang=zh`). Install one with ' +
  `\`sudo apt-get install -y ${FONT_PACKAGE}\` (or fonts-noto-cjk) on Debian/Ubuntu.`;

/** Whether fontconfig knows a font for Chinese; null where fc-list itself is missing. */
function hasChineseFont() {
  const listed = spawnSync('fc-list', [':lang=zh', 'family'], { encoding: 'utf8' });
  if (listed.error || listed.status !== 0) return null;
  return listed.stdout.trim() !== '';
}

/**
 * Without a Chinese font Chromium draws 简体中文 as boxes of another width, so the layout tests
 * of the Chinese page measure something no reader sees (a caption that fits one line, say).
 * Installs Debian's WenQuanYi Micro Hei (about 5 MB) as root with apt-get, else says how.
 */
export function ensureChineseFont() {
  const found = hasChineseFont();
  if (found !== false) return;
  if (!canAptInstall()) throw new Error(FONT_HINT);
  console.log(`No Chinese font: installing Debian package "${FONT_PACKAGE}" with apt-get...`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  let result = spawnSync('apt-get', ['install', '-y', FONT_PACKAGE], { stdio: 'inherit', env });
  if (result.status !== 0) {
    spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
    result = spawnSync('apt-get', ['install', '-y', FONT_PACKAGE], { stdio: 'inherit', env });
  }
  if (result.status !== 0 || hasChineseFont() !== true) throw new Error(FONT_HINT);
}

export function ensureChromium() {
  const found = findChromium();
  if (found) return found;
  if (!canAptInstall()) throw new Error(INSTALL_HINT);
  aptInstallChromium();
  return requireChromium();
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  try {
    console.log(`Chromium: ${ensureChromium()}`);
    ensureChineseFont();
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  }
}
