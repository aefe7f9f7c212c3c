/**
 * Makes docs/summary.png, the picture of a job summary in the README: renders the summary of the
 * test suite's realistic sample run, turns its Markdown into HTML styled like GitHub, and
 * screenshots it with headless Chromium (Debian: `apt-get install chromium fonts-noto-color-emoji`).
 *
 *   npx tsx scripts/render-summary-screenshot.ts [out.png]
 *
 * The Markdown → HTML step covers exactly what the summary renderer writes (headings, lists,
 * tables, quotes, code spans, bold, links, escapes, and its few raw tags); it is no general parser.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createRedactor } from '../src/output/redact';
import { renderSummary } from '../src/output/render-summary';
import { NOW, sampleOutcome } from '../test/support/outcome-builder';

const WIDTH = 1280;
const SCALE = 1;
const CHROMIUM = process.env.CHROMIUM ?? 'chromium';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}

/** Inline Markdown: code spans, backslash escapes, bold, links, entities and raw inline tags. */
function inline(text: string): string {
  let out = '';
  let index = 0;
  let bold = false;
  while (index < text.length) {
    const rest = text.slice(index);
    const char = text[index] ?? '';
    if (char === '\\' && /^[!-/:-@[-`{-~]/.test(text[index + 1] ?? '')) {
      out += escapeHtml(text[index + 1] ?? '');
      index += 2;
      continue;
    }
    const fence = /^`+/.exec(rest)?.[0];
    if (fence) {
      const end = text.indexOf(fence, index + fence.length);
      if (end > 0) {
        let content = text.slice(index + fence.length, end);
        if (/^ .*[^ ].* $/.test(content)) content = content.slice(1, -1);
        out += `<code>${escapeHtml(content)}</code>`;
        index = end + fence.length;
        continue;
      }
    }
    if (rest.startsWith('**')) {
      out += bold ? '</strong>' : '<strong>';
      bold = !bold;
      index += 2;
      continue;
    }
    const anchor = /^\[((?:\\.|[^\]\\])*)\]\(([^)\s]+)\)/.exec(rest);
    if (anchor) {
      out += `<a href="${escapeHtml(anchor[2] ?? '')}">${inline(anchor[1] ?? '')}</a>`;
      index += anchor[0].length;
      continue;
    }
    const tag = /^<\/?(sub|code|b|strong)>/.exec(rest) ?? /^&(#\d+|[a-z]+);/.exec(rest);
    if (tag) {
      out += tag[0];
      index += tag[0].length;
      continue;
    }
    out += escapeHtml(char);
    index += 1;
  }
  return out;
}

/** A GFM table row split on pipes that are not escaped; `\|` becomes `|`, as GFM does. */
function cells(row: string): string[] {
  const parts: string[] = [];
  let current = '';
  for (let index = 0; index < row.length; index += 1) {
    const char = row[index];
    if (char === '\\' && row[index + 1] === '|') {
      current += '|';
      index += 1;
    } else if (char === '\\') {
      current += `\\${row[index + 1] ?? ''}`;
      index += 1;
    } else if (char === '|') {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts.slice(1, -1).map((cell) => cell.trim());
}

function markdownToHtml(markdown: string): string {
  const lines = markdown.split('\n');
  const html: string[] = [];
  let index = 0;
  while (index < lines.length) {
    const line = lines[index] ?? '';
    const heading = /^(#{1,6}) (.*)$/.exec(line);
    if (heading) {
      const level = heading[1]?.length ?? 2;
      html.push(`<h${level}>${inline(heading[2] ?? '')}</h${level}>`);
      index += 1;
    } else if (line.startsWith('| ')) {
      const header = cells(line);
      const align = cells(lines[index + 1] ?? '').map((spec) =>
        spec.startsWith(':') && spec.endsWith(':') ? 'center' : spec.endsWith(':') ? 'right' : 'left',
      );
      const cell = (tagName: string, text: string, column: number) =>
        `<${tagName} style="text-align:${align[column] ?? 'left'}">${inline(text)}</${tagName}>`;
      const body: string[] = [];
      index += 2;
      while ((lines[index] ?? '').startsWith('| ')) {
        body.push(`<tr>${cells(lines[index] ?? '').map((text, column) => cell('td', text, column)).join('')}</tr>`);
        index += 1;
      }
      html.push(
        `<table><thead><tr>${header.map((text, column) => cell('th', text, column)).join('')}</tr></thead>` +
          `<tbody>${body.join('')}</tbody></table>`,
      );
    } else if (line.startsWith('- ')) {
      const items: string[] = [];
      while ((lines[index] ?? '').startsWith('- ')) {
        items.push(`<li>${inline((lines[index] ?? '').slice(2))}</li>`);
        index += 1;
      }
      html.push(`<ul>${items.join('')}</ul>`);
    } else if (line.startsWith('> ')) {
      const quoted: string[] = [];
      while ((lines[index] ?? '').startsWith('> ')) {
        quoted.push(inline((lines[index] ?? '').slice(2)));
        index += 1;
      }
      html.push(`<blockquote><p>${quoted.join(' ')}</p></blockquote>`);
    } else if (line === '---') {
      html.push('<hr>');
      index += 1;
    } else if (/^<\/?(details|summary)/.test(line)) {
      // The summary's own tags; what they wrap was escaped by the renderer.
      html.push(line);
      index += 1;
    } else if (line.trim() === '') {
      index += 1;
    } else {
      const paragraph: string[] = [];
      while (index < lines.length && (lines[index] ?? '').trim() !== '' && !/^(#|\| |- |> |<|---)/.test(lines[index] ?? '')) {
        paragraph.push(inline(lines[index] ?? ''));
        index += 1;
      }
      if (paragraph.length === 0) {
        html.push(`<p>${inline(line)}</p>`);
        index += 1;
      } else {
        html.push(`<p>${paragraph.join(' ')}</p>`);
      }
    }
  }
  return html.join('\n');
}

const STYLE = `
  body { margin: 0; background: #f6f8fa; font: 14px/1.5 -apple-system, "Segoe UI", "Noto Sans", Helvetica, Arial,
    sans-serif, "Noto Color Emoji"; color: #1f2328; }
  .frame { margin: 16px; background: #fff; border: 1px solid #d0d7de; border-radius: 6px; }
  .bar { padding: 12px 16px; border-bottom: 1px solid #d0d7de; font-weight: 600; font-size: 14px; }
  .bar span { color: #59636e; font-weight: 400; }
  .body { padding: 8px 24px 16px; }
  h2 { font-size: 1.5em; padding-bottom: .3em; border-bottom: 1px solid #d1d9e0b3; margin: 16px 0; }
  h3 { font-size: 1.25em; margin: 24px 0 12px; }
  p, ul, table, blockquote, details { margin: 0 0 16px; }
  ul { padding-left: 2em; }
  a { color: #0969da; text-decoration: none; }
  code { font: 85% ui-monospace, "DejaVu Sans Mono", monospace; background: #818b981f; padding: .2em .4em; border-radius: 6px; }
  table { border-collapse: collapse; display: block; width: max-content; max-width: 100%; overflow: auto; }
  th, td { border: 1px solid #d1d9e0; padding: 6px 13px; }
  th { font-weight: 600; background: #f6f8fa; }
  tr:nth-child(2n) td { background: #f6f8fa; }
  blockquote { color: #59636e; border-left: .25em solid #d1d9e0; padding: 0 1em; margin-left: 0; }
  hr { height: .25em; background: #d1d9e0; border: 0; margin: 24px 0; }
  details summary { cursor: pointer; }
  sub { color: #59636e; }
`;

function page(markdown: string): string {
  return `<!doctype html><html><head><meta charset="utf-8"><style>${STYLE}</style>
<script>addEventListener('load', () => { document.title = String(document.documentElement.scrollHeight); });</script>
</head><body><div class="frame"><div class="bar">iam-credential-gate summary <span>· Job summary</span></div>
<div class="body">${markdownToHtml(markdown)}</div></div></body></html>`;
}

const CHROMIUM_FLAGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--hide-scrollbars',
];

function main(): void {
  const out = resolve(process.argv[2] ?? 'docs/summary.png');
  const markdown = renderSummary(sampleOutcome(), {
    now: NOW,
    jsonFile: 'findings.json',
    redact: createRedactor(false),
    runUrl: 'https://github.com/acme/infra/actions/runs/42',
  });
  const dir = mkdtempSync(join(tmpdir(), 'summary-shot-'));
  try {
    const htmlFile = join(dir, 'summary.html');
    writeFileSync(htmlFile, page(markdown));
    const flags = [...CHROMIUM_FLAGS, `--user-data-dir=${join(dir, 'profile')}`];
    // First pass: let the page measure itself, so the picture is exactly as tall as the summary.
    const dom = execFileSync(CHROMIUM, [...flags, `--window-size=${WIDTH},1000`, '--dump-dom', `file://${htmlFile}`], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const height = Number(/<title>(\d+)<\/title>/.exec(dom)?.[1] ?? 2400);
    execFileSync(
      CHROMIUM,
      [
        ...flags,
        `--window-size=${WIDTH},${height}`,
        `--force-device-scale-factor=${SCALE}`,
        `--screenshot=${out}`,
        `file://${htmlFile}`,
      ],
      { stdio: ['ignore', 'ignore', 'ignore'] },
    );
    console.log(`Wrote ${out} (${WIDTH}×${height} CSS px at ${SCALE}×).`);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

main();
