/**
 * The text of each page of a PDF that Chromium (Skia) printed, so a test can say what is on page
 * one of the real printed file rather than of a layout guess. Reads only what Skia writes:
 * Flate streams, Type0 fonts with a ToUnicode CMap, hex strings shown with Tj/TJ. Not a general
 * PDF reader.
 */
import { inflateSync } from 'node:zlib';

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

function readObjects(pdf: Buffer): Map<number, PdfObject> {
  // latin1 keeps one character per byte, so string offsets are byte offsets.
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\s*/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const from = header.lastIndex;
    const endobj = text.indexOf('endobj', from);
    const stream = /stream\r?\n/.exec(text.slice(from, endobj < 0 ? undefined : endobj));
    if (!stream) {
      objects.set(Number(m[1]), { dict: text.slice(from, endobj), stream: null });
      continue;
    }
    const dict = text.slice(from, from + stream.index);
    // Binary stream data may hold any bytes, "endobj" included: its /Length says where it ends.
    const length = Number(/\/Length\s+(\d+)(?!\s+\d+\s+R)/.exec(dict)?.[1] ?? NaN);
    if (Number.isNaN(length)) throw new Error(`object ${m[1]}: stream without a direct /Length`);
    const dataStart = from + stream.index + stream[0].length;
    const raw = pdf.subarray(dataStart, dataStart + length);
    objects.set(Number(m[1]), { dict, stream: dict.includes('/FlateDecode') ? inflateSync(raw) : raw });
    header.lastIndex = dataStart + length;
  }
  return objects;
}

const ref = (dict: string, key: string): number | null => {
  const m = new RegExp(`/${key}\\s+(\\d+) 0 R`).exec(dict);
  return m ? Number(m[1]) : null;
};

function hexCodes(hex: string, width: number): number[] {
  const codes: number[] = [];
  for (let i = 0; i + width <= hex.length; i += width) codes.push(parseInt(hex.slice(i, i + width), 16));
  return codes;
}

function utf16(hex: string): string {
  return String.fromCharCode(...hexCodes(hex, 4));
}

function readCMap(cmap: string): Map<number, string> {
  const map = new Map<number, string>();
  for (const block of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
    for (const [, from, to] of (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g))
      map.set(parseInt(from ?? '0', 16), utf16(to ?? ''));
  }
  for (const block of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
    const ranges = (block[1] ?? '').matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g);
    for (const [, lo, hi, to] of ranges) {
      const first = parseInt(lo ?? '0', 16);
      const base = parseInt(to ?? '0', 16);
      for (let c = first; c <= parseInt(hi ?? '0', 16); c += 1)
        map.set(c, String.fromCharCode(base + c - first));
    }
  }
  return map;
}

function pageIds(objects: Map<number, PdfObject>, node: number): number[] {
  const dict = objects.get(node)?.dict ?? '';
  if (/\/Type\s*\/Page\b/.test(dict)) return [node];
  const kids = /\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '';
  return [...kids.matchAll(/(\d+) 0 R/g)].flatMap((k) => pageIds(objects, Number(k[1])));
}

/** One string per page, in page order. */
export function pdfPageTexts(pdf: Buffer): string[] {
  const objects = readObjects(pdf);
  const catalog = [...objects.values()].find((o) => /\/Type\s*\/Catalog/.test(o.dict));
  const root = catalog ? ref(catalog.dict, 'Pages') : null;
  if (root === null) throw new Error('not a PDF this reader understands: no page tree');
  return pageIds(objects, root).map((id) => {
    const page = objects.get(id)?.dict ?? '';
    const fonts = new Map<string, Map<number, string>>();
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(page)?.[1] ?? '';
    for (const [, name, obj] of fontDict.matchAll(/\/(\w+)\s+(\d+) 0 R/g)) {
      const toUnicode = ref(objects.get(Number(obj))?.dict ?? '', 'ToUnicode');
      const cmap = toUnicode === null ? null : objects.get(toUnicode)?.stream;
      fonts.set(name ?? '', cmap ? readCMap(cmap.toString('latin1')) : new Map());
    }
    const contents = /\/Contents\s+(\d+) 0 R/.exec(page);
    const content = objects.get(Number(contents?.[1]))?.stream?.toString('latin1') ?? '';
    let font = new Map<number, string>();
    let out = '';
    const tokens = /\/(\w+)\s+[\d.]+\s+Tf|\[([^\]]*)\]\s*TJ|<([0-9A-Fa-f]*)>\s*Tj|\b(Td|TD|Tm|T\*|ET)\b/g;
    for (let t = tokens.exec(content); t; t = tokens.exec(content)) {
      if (t[1] !== undefined) font = fonts.get(t[1]) ?? new Map();
      const shown = t[2] !== undefined ? [...t[2].matchAll(/<([0-9A-Fa-f]*)>/g)].map((h) => h[1] ?? '') : [];
      if (t[3] !== undefined) shown.push(t[3]);
      for (const hex of shown)
        out += hexCodes(hex, 4)
          .map((c) => font.get(c) ?? '')
          .join('');
      if (t[4] !== undefined) out += ' ';
    }
    return out;
  });
}
