#!/usr/bin/env node
'use strict';
/**
 * The manifest for a deployment: manifest.xml with its development base URL
 * (https://localhost:3000/) replaced by the public address of the deployed files.
 *
 * The address comes from the environment variable ADDIN_PUBLIC_URL (e.g.
 * `ADDIN_PUBLIC_URL=https://thidua.example.gov.vn/addin/ npm run build`). Unset or empty: the
 * manifest keeps localhost, which is what sideloading during development needs.
 *
 * webpack.config.js calls buildManifest() when it copies manifest.xml into dist/, and the tests
 * call the same function, so what is tested is what is shipped. Run alone, it prints the
 * manifest (or writes it with --out FILE):  node scripts/build-manifest.js --out dist/manifest.xml
 */
const fs = require('fs');
const path = require('path');

/** The base every URL in manifest.xml starts with. */
const DEV_BASE_URL = 'https://localhost:3000/';
const ENV_NAME = 'ADDIN_PUBLIC_URL';

function fail(vi, en) {
  return new Error(`${vi}\n${en}`);
}

/**
 * The public base URL, normalized to end with "/". Office only loads add-ins over https, and a
 * query or fragment would break every URL appended to it, so those are refused at build time.
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
function resolvePublicUrl(env = process.env) {
  const raw = (env[ENV_NAME] || '').trim();
  if (raw === '') return DEV_BASE_URL;
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw fail(`${ENV_NAME} không phải là một địa chỉ URL hợp lệ: "${raw}".`, `${ENV_NAME} is not a valid URL: "${raw}".`);
  }
  if (url.protocol !== 'https:') {
    throw fail(
      `${ENV_NAME} phải bắt đầu bằng https:// (Office chỉ nạp phần bổ trợ qua https): "${raw}".`,
      `${ENV_NAME} must start with https:// (Office loads add-ins over https only): "${raw}".`,
    );
  }
  if (url.search !== '' || url.hash !== '' || url.username !== '' || url.password !== '') {
    throw fail(
      `${ENV_NAME} không được chứa tham số truy vấn (?), phân đoạn (#) hay thông tin đăng nhập: "${raw}".`,
      `${ENV_NAME} must not contain a query (?), a fragment (#) or credentials: "${raw}".`,
    );
  }
  const href = url.href;
  return href.endsWith('/') ? href : `${href}/`;
}

function escapeXmlAttribute(text) {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * Replaces every occurrence of the development base URL by `publicUrl` (already normalized).
 * @param {string} xml
 * @param {string} publicUrl
 * @returns {string}
 */
function substituteBaseUrl(xml, publicUrl) {
  if (publicUrl === DEV_BASE_URL) return xml;
  const result = xml.split(DEV_BASE_URL).join(escapeXmlAttribute(publicUrl));
  // A localhost URL written some other way (no trailing slash, another port) would ship a
  // manifest that points at the user's own machine: refuse rather than deploy it.
  const leftover = result.match(/https?:\/\/localhost[^"<\s]*/);
  if (leftover) {
    throw fail(
      `manifest.xml còn địa chỉ localhost không thay được: ${leftover[0]}`,
      `manifest.xml still has a localhost URL that was not replaced: ${leftover[0]}`,
    );
  }
  return result;
}

/**
 * The manifest to deploy: `xml` with the base URL taken from `env`.
 * @param {string | Buffer} xml
 * @param {Record<string, string | undefined>} [env]
 * @returns {string}
 */
function buildManifest(xml, env = process.env) {
  return substituteBaseUrl(xml.toString('utf8'), resolvePublicUrl(env));
}

module.exports = { DEV_BASE_URL, ENV_NAME, resolvePublicUrl, substituteBaseUrl, buildManifest };

if (require.main === module) {
  const root = path.resolve(__dirname, '..');
  const outIndex = process.argv.indexOf('--out');
  try {
    const built = buildManifest(fs.readFileSync(path.join(root, 'manifest.xml')));
    if (outIndex > 0 && process.argv[outIndex + 1]) {
      const out = path.resolve(process.argv[outIndex + 1]);
      fs.mkdirSync(path.dirname(out), { recursive: true });
      fs.writeFileSync(out, built);
      console.error(`Đã ghi / written: ${out} (${resolvePublicUrl()})`);
    } else {
      process.stdout.write(built);
    }
  } catch (error) {
    console.error(error.message);
    process.exit(1);
  }
}
