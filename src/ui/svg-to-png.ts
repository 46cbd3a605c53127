// Saves a drawn chart (an inline <svg>) as a PNG file, offline and without a library: the SVG is
// serialised and drawn on a canvas over a white page with its title above.

const FONT = "'Be Vietnam Pro', 'Segoe UI', 'Noto Sans', 'Helvetica Neue', Arial, sans-serif";
const SCALE = 2;
const PADDING = 16;
const TITLE_HEIGHT = 36;

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

export async function svgToPngBlob(svg: SVGSVGElement, title: string): Promise<Blob> {
  const box = svg.getBoundingClientRect();
  const width = Math.max(1, Math.round(box.width));
  const height = Math.max(1, Math.round(box.height));
  const source = new Blob([serialise(svg, width, height)], { type: 'image/svg+xml;charset=utf-8' });
  const url = URL.createObjectURL(source);
  try {
    const image = await loadImage(url);
    const canvas = document.createElement('canvas');
    canvas.width = (width + PADDING * 2) * SCALE;
    canvas.height = (height + TITLE_HEIGHT + PADDING * 2) * SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No canvas to draw on.');
    context.scale(SCALE, SCALE);
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, width + PADDING * 2, height + TITLE_HEIGHT + PADDING * 2);
    context.fillStyle = '#1d1d1f';
    context.font = `600 16px ${FONT}`;
    context.textBaseline = 'middle';
    context.fillText(title, PADDING, PADDING + TITLE_HEIGHT / 2 - 4, width);
    context.drawImage(image, PADDING, PADDING + TITLE_HEIGHT, width, height);
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
