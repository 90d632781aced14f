#!/usr/bin/env node
// Run by `npm test` (its `pretest`) before any suite: the tests drive the system's own Chromium, Firefox ESR and
// WebKitGTK (no test tool downloads a browser), so a missing one is named with the command that installs it,
// rather than surfacing as a launcher error minutes later. On Debian or Ubuntu as root (or with sudo that asks no
// password) it installs what is missing itself, as .ci/run does. Plain JavaScript, no dependency: it must run
// before anything else and take a few milliseconds when everything is there.

import { spawnSync } from 'node:child_process';
import { accessSync, constants, readFileSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { pathToFileURL } from 'node:url';

/**
 * What the suites launch: a file (its path overridable by the variable the suites read) or a command on PATH,
 * and the Debian package that provides it.
 */
export const REQUIREMENTS = [
  { name: 'Chromium', variable: 'CHROME_PATH', file: '/usr/bin/chromium', package: 'chromium' },
  { name: 'Firefox ESR', variable: 'FIREFOX_PATH', file: '/usr/bin/firefox-esr', package: 'firefox-esr' },
  { name: 'WebKitWebDriver', variable: 'WEBKIT_WEBDRIVER_PATH', command: 'WebKitWebDriver', package: 'webkit2gtk-driver' },
  { name: 'WebKitGTK MiniBrowser', variable: 'MINIBROWSER_PATH', file: '/usr/lib/x86_64-linux-gnu/webkit2gtk-4.1/MiniBrowser', package: 'libwebkit2gtk-4.1-0' },
  // MiniBrowser has no headless mode: the WebKit runs are wrapped in `xvfb-run -a`, which needs xauth.
  { name: 'xvfb-run', command: 'xvfb-run', package: 'xvfb' },
  { name: 'xauth', command: 'xauth', package: 'xauth' },
];

/**
 * WebKitGTK plays the mock camera through GStreamer; -base and -good come with it, the rest only as
 * recommendations an image may skip. The same list as .ci/run. Checked only where dpkg exists.
 */
export const MEDIA_PACKAGES = ['gstreamer1.0-plugins-base', 'gstreamer1.0-plugins-good', 'gstreamer1.0-plugins-bad', 'gstreamer1.0-libav', 'gstreamer1.0-gl'];

const isExecutable = (path) => {
  try {
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
};

const onPath = (command, env) => (env.PATH ?? '').split(delimiter).some((folder) => folder && isExecutable(join(folder, command)));

/**
 * The requirements that are missing. One the environment points elsewhere (`CHROME_PATH=…`) is checked at that
 * path and reported with `overridden`: installing a package would not help it.
 * @param {{ env?: Record<string, string | undefined>, installedPackages?: (names: string[]) => string[] | null }} [options]
 */
export function findMissing({ env = process.env, installedPackages = dpkgInstalled } = {}) {
  const missing = [];
  for (const requirement of REQUIREMENTS) {
    const override = requirement.variable ? env[requirement.variable] : undefined;
    if (override) {
      if (!isExecutable(override) && !onPath(override, env)) missing.push({ ...requirement, overridden: override });
      continue;
    }
    const found = requirement.file ? isExecutable(requirement.file) : onPath(requirement.command, env);
    if (!found) missing.push(requirement);
  }
  // Only where the browsers are the system's own: with WebKit overridden, its media libraries are someone else's.
  const installed = env.WEBKIT_WEBDRIVER_PATH || env.MINIBROWSER_PATH ? null : installedPackages(MEDIA_PACKAGES);
  if (installed) {
    for (const name of MEDIA_PACKAGES.filter((name) => !installed.includes(name))) missing.push({ name: `GStreamer (${name})`, package: name });
  }
  return missing;
}

/** The named packages that dpkg reports installed, or null where there is no dpkg (not Debian or Ubuntu). */
function dpkgInstalled(names) {
  const result = spawnSync('dpkg-query', ['-W', '-f=${Package} ${Status}\n', ...names], { encoding: 'utf8' });
  if (result.error) return null;
  return result.stdout
    .split('\n')
    .filter((line) => line.endsWith(' install ok installed'))
    .map((line) => line.split(' ')[0].replace(/:.*$/, ''));
}

/** Debian, Ubuntu or a derivative of either, from /etc/os-release. */
function isDebianLike() {
  try {
    const release = readFileSync('/etc/os-release', 'utf8');
    return /^(ID|ID_LIKE)=.*\b(debian|ubuntu)\b/m.test(release);
  } catch {
    return false;
  }
}

/** How to run apt-get here without a password prompt: directly as root, through `sudo -n` if that works, else null. */
function privilege() {
  if (process.getuid?.() === 0) return [];
  const sudo = spawnSync('sudo', ['-n', 'true'], { stdio: 'ignore' });
  return sudo.status === 0 ? ['sudo', '-n'] : null;
}

export function installCommand(packages) {
  return `sudo apt-get update && sudo apt-get install -y ${packages.join(' ')}`;
}

/** The message for what is missing: each by name, then the command that installs the packages. */
export function describe(missing) {
  const lines = ['npm test drives the system’s Chromium, Firefox ESR and WebKitGTK; missing here:'];
  for (const item of missing) {
    lines.push(item.overridden ? `  - ${item.name}: ${item.variable}=${item.overridden} is not an executable` : `  - ${item.name} (Debian package ${item.package})`);
  }
  const packages = [...new Set(missing.filter((item) => !item.overridden).map((item) => item.package))];
  if (packages.length > 0) lines.push('', 'Install them with:', `  ${installCommand(packages)}`);
  return lines.join('\n');
}

function main() {
  const missing = findMissing();
  if (missing.length === 0) return 0;
  const installable = missing.every((item) => !item.overridden) && process.env.VERIFY_IDENTITY_NO_INSTALL !== '1' && isDebianLike();
  const prefix = installable ? privilege() : null;
  if (!prefix) {
    console.error(describe(missing));
    return 1;
  }
  const packages = [...new Set(missing.map((item) => item.package))];
  console.error(`Installing what npm test needs: ${packages.join(' ')}`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const apt = (args) => {
    const [file, ...rest] = [...prefix, 'apt-get', ...args];
    return spawnSync(file, rest, { stdio: ['ignore', 'ignore', 'inherit'], env });
  };
  if (apt(['update', '-qq']).status !== 0 || apt(['install', '-y', '-qq', ...packages]).status !== 0) {
    console.error(`\nThe installation failed.\n${describe(missing)}`);
    return 1;
  }
  const still = findMissing();
  if (still.length > 0) {
    console.error(`\nStill missing after the installation.\n${describe(still)}`);
    return 1;
  }
  return 0;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) process.exitCode = main();
