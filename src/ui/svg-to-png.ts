// Saves a drawn chart (an inline <svg>) as a PNG file, offline and without a library: the SVG is
// serialised and drawn on a canvas over a white page, under a caption that says what it shows
// once it is pasted into a document: the title, what it counts and out of what total, and the
// unit and period (chartCaption lays the caption out; a test checks it without a canvas).

import { wrapWords } from './wrap-words';

const FONT = "'Be Vietnam Pro', 'Segoe UI', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
const SCALE = 2;
const PADDING = 16;
/** The narrowest image: a caption on a phone-sized chart still reads in lines of a few words. */
const MIN_WIDTH = 360;

export interface CaptionLine {
  text: string;
  font: string;
  color: string;
  /** The line's baseline, from the top of the image (without the scale). */
  y: number;
}

export interface ChartCaption {
  lines: CaptionLine[];
  /** Where the chart starts, from the top of the image. */
  height: number;
}

const TITLE = { font: `600 16px ${FONT}`, color: '#1d1d1f', lineHeight: 22 };
const NOTE = { font: `400 13px ${FONT}`, color: '#3a3a3c', lineHeight: 18 };

/**
 * The caption above the chart: the title in bold, then each note (what is counted out of which
 * total; the unit and the period) in lines that fit `width`. `measure(text, font)` is the
 * canvas's measureText in the browser.
 */
export function chartCaption(
  title: string,
  notes: readonly string[],
  width: number,
  measure: (text: string, font: string) => number,
): ChartCaption {
  const lines: CaptionLine[] = [];
  let y = PADDING;
  for (const [style, text] of [
    [TITLE, title] as const,
    ...notes.map((note) => [NOTE, note] as const),
  ]) {
    for (const part of wrapWords(text, width, (words) => measure(words, style.font))) {
      y += style.lineHeight;
      lines.push({ text: part, font: style.font, color: style.color, y: y - 5 });
    }
  }
  return { lines, height: y + PADDING / 2 };
}

/** The largest <svg> inside an element: the chart's surface, not a legend icon. */
export function chartSurface(container: Element): SVGSVGElement | null {
  let best: SVGSVGElement | null = null;
  let bestArea = 0;
  for (const svg of Array.from(container.querySelectorAll('svg'))) {
    const box = svg.getBoundingClientRect();
    const area = box.width * box.height;
    if (area > bestArea) {
      best = svg;
      bestArea = area;
    }
  }
  return best;
}

function serialise(svg: SVGSVGElement, width: number, height: number): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  clone.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  // Outside the page, the SVG inherits no CSS: the text must carry its font itself.
  clone.setAttribute('font-family', FONT);
  clone.setAttribute('font-size', '12');
  return new XMLSerializer().serializeToString(clone);
}

function loadImage(url: string): Promise<HTMLImageElement> {
  return new Promise((resolve, reject) => {
    const image = new Image();
    image.onload = () => resolve(image);
    image.onerror = () => reject(new Error('The chart could not be drawn as an image.'));
    image.src = url;
  });
}

/** The chart as a PNG under its caption: the title, then the notes (total, unit, period). */
export async function svgToPngBlob(
  svg: SVGSVGElement,
  title: string,
  notes: readonly string[] = [],
): Promise<Blob> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const pageWidth = Math.max(width, MIN_WIDTH);
  const source = new Blob([serialise(svg, width, height)], { type: 'image/svg+xml;charset=utf-8' });
  const url = URL.createObjectURL(source);
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw on.');
    const measure = (text: string, font: string) => {
      context.font = font;
      return context.measureText(text).width;
    };
    const caption = chartCaption(title, notes, pageWidth, measure);
    const fullWidth = pageWidth + PADDING * 2;
    const fullHeight = caption.height + height + PADDING;
    canvas.width = fullWidth * SCALE;
    canvas.height = fullHeight * SCALE;
    context.scale(SCALE, SCALE);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, fullWidth, fullHeight);
    context.textBaseline = 'alphabetic';
    for (const line of caption.lines) {
      context.font = line.font;
      context.fillStyle = line.color;
      context.fillText(line.text, PADDING, line.y);
    }
    context.drawImage(image, PADDING, caption.height, width, height);
    return await new Promise<Blob>((resolve, reject) => {
      canvas.toBlob(
        (blob) => (blob ? resolve(blob) : reject(new Error('The image could not be encoded.'))),
        'image/png',
      );
    });
  } finally {
    URL.revokeObjectURL(url);
  }
}
