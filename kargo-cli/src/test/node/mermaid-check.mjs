// Reads Mermaid diagrams with the real mermaid library, the way a browser (GitHub, mermaid.live) does.
//   node mermaid-check.mjs parse FILE...      parses each file; prints "ok FILE <diagram type>" or the parse error
//   node mermaid-check.mjs render IN OUT.svg  renders IN to an SVG file
// Exit status 0 when every file parsed (or rendered), 1 otherwise. Run from a directory whose node_modules holds
// the packages of package.json (install.sh puts them in kargo-cli/target/node).
//
// jsdom supplies the DOM; it does no layout, so text is measured as 8 px per character and 16 px high: the SVG has
// every node, edge and label Mermaid draws, with approximate geometry.
import { JSDOM } from 'jsdom';
import { readFileSync, writeFileSync } from 'node:fs';

const dom = new JSDOM('<!DOCTYPE html><html><body></body></html>', { pretendToBeVisual: true });
const w = dom.window;
globalThis.window = w;
globalThis.document = w.document;
for (const name of ['DOMParser', 'Element', 'HTMLElement', 'SVGElement', 'Node', 'navigator', 'getComputedStyle',
  'MutationObserver', 'CSSStyleSheet', 'XMLSerializer']) {
  if (!(name in globalThis)) {
    Object.defineProperty(globalThis, name, { value: w[name], configurable: true, writable: true });
  }
}
// the text an element shows: its text without that of <style> elements (Mermaid puts its CSS in the SVG)
const shownText = el => {
  let text = el.textContent || '';
  for (const style of el.querySelectorAll ? el.querySelectorAll('style') : []) {
    text = text.replace(style.textContent, '');
  }
  return text;
};
const textBox = function () {
  const lines = shownText(this).split('\n');
  const width = Math.max(...lines.map(l => l.length)) * 8;
  return { x: 0, y: 0, width, height: 16 * lines.length };
};
w.SVGElement.prototype.getBBox = textBox;
w.SVGElement.prototype.getComputedTextLength = function () { return textBox.call(this).width; };
w.Element.prototype.getBoundingClientRect = function () {
  const b = textBox.call(this);
  return { ...b, top: 0, left: 0, right: b.width, bottom: b.height };
};

const { default: mermaid } = await import('mermaid');
mermaid.initialize({ startOnLoad: false, securityLevel: 'strict', flowchart: { htmlLabels: false } });

const [command, ...files] = process.argv.slice(2);
let failed = false;
if (command === 'parse' && files.length > 0) {
  for (const file of files) {
    try {
      const result = await mermaid.parse(readFileSync(file, 'utf8'));
      console.log(`ok ${file} ${result.diagramType}`);
    } catch (e) {
      failed = true;
      console.log(`error ${file}: ${e.message}`);
    }
  }
} else if (command === 'render' && files.length === 2) {
  try {
    const { svg } = await mermaid.render('kargo4j', readFileSync(files[0], 'utf8'));
    writeFileSync(files[1], svg);
    console.log(`ok ${files[1]} ${svg.length} characters`);
  } catch (e) {
    failed = true;
    console.log(`error ${files[0]}: ${e.message}`);
  }
} else {
  console.log('usage: node mermaid-check.mjs parse FILE... | render IN OUT.svg');
  failed = true;
}
process.exit(failed ? 1 : 0);
