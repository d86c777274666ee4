// No dependency may download a browser while installing: this machine reaches
// only the npm registry and apt, and the tests use the system's browsers
// (tools/browsers.js finds or installs them).
module.exports = {skipDownload: true};
