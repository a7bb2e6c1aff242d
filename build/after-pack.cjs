/*
 * electron-builder's afterPack step (electron-builder.yml): flips Electron's fuses in the packaged
 * binary, before it is signed or wrapped in an installer (issue 14). Fuses are switches compiled
 * into Electron that no environment variable or command-line argument can turn back on, so a
 * script or a shortcut with odd arguments cannot turn Koopsuz.exe into a general-purpose Node.js
 * or a debugger target, nor make it load code from outside its own app.asar.
 */
const path = require('node:path');
const { flipFuses, getCurrentFuseWire, FuseV1Options, FuseVersion } = require('@electron/fuses');

/** Every fuse Koopsuz sets, by @electron/fuses' name, and how (true: on, false: off). */
const FUSES = Object.freeze({
  // ELECTRON_RUN_AS_NODE=1 would make the app a plain Node.js with the app's own trust.
  RunAsNode: false,
  // NODE_OPTIONS (e.g. --require evil.js) would run code before the app's own.
  EnableNodeOptionsEnvironmentVariable: false,
  // --inspect / --inspect-brk would open a debugger port into the main process.
  EnableNodeCliInspectArguments: false,
  // An app.asar changed after packaging (its hash is embedded in the exe) is refused at start.
  EnableEmbeddedAsarIntegrityValidation: true,
  // Only app.asar is loaded: no resources/app folder planted beside it.
  OnlyLoadAppFromAsar: true,
  // Cookies (and other secrets Chromium keeps) are encrypted at rest with the OS's key store.
  EnableCookieEncryption: true,
  // The app is served from app://koopsuz/, never file://: file:// gets no extra privileges.
  GrantFileProtocolExtraPrivileges: false,
});

const ENABLE = 0x31;
const DISABLE = 0x30;

/** The Electron binary electron-builder has just packed, as it names it per platform. */
function electronBinary(context) {
  const { appOutDir, electronPlatformName, packager } = context;
  if (electronPlatformName === 'win32') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.exe`);
  }
  if (electronPlatformName === 'darwin' || electronPlatformName === 'mas') {
    return path.join(appOutDir, `${packager.appInfo.productFilename}.app`);
  }
  return path.join(appOutDir, packager.executableName);
}

/** The @electron/fuses configuration of FUSES; an unknown name is an error, not a silent skip. */
function fuseConfig() {
  const config = { version: FuseVersion.V1 };
  for (const [name, on] of Object.entries(FUSES)) {
    const index = FuseV1Options[name];
    if (typeof index !== 'number') throw new Error(`@electron/fuses has no fuse named ${name}`);
    config[index] = on;
  }
  return config;
}

async function afterPack(context) {
  const binary = electronBinary(context);
  await flipFuses(binary, fuseConfig());
  // Read the wire back: a fuse that did not take means an installer without the protection.
  const wire = await getCurrentFuseWire(binary);
  for (const [name, on] of Object.entries(FUSES)) {
    if (wire[FuseV1Options[name]] !== (on ? ENABLE : DISABLE)) {
      throw new Error(`fuse ${name} is not ${on ? 'on' : 'off'} in ${binary}`);
    }
  }
}

module.exports = afterPack;
module.exports.default = afterPack;
module.exports.FUSES = FUSES;
