/*
 * Saving a chart as SVG and PNG. The SVG is Recharts' own <svg>, serialised and wrapped with the
 * chart's title and a legend drawn in SVG (Recharts draws its legend in HTML). The PNG is that SVG
 * drawn on a canvas at a fixed size (EXPORT_SCALE × the chart's size), so every PNG of a chart has
 * the same pixel size whatever the screen.
 */
import type { ChartModel } from '../../../../shared/domain/priorities/charts';
import { CHART_COLORS } from './chart-size';

export const EXPORT_SCALE = 2;
const TITLE_HEIGHT = 30;
const LEGEND_ROW = 20;
const LEGEND_COLUMNS = 3;

function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Width and height of the exported picture for a chart drawn at width × height. */
export function exportSize(model: ChartModel, width: number, height: number) {
  // A single series needs no legend: the title names it.
  const legendRows = model.series.length > 1 ? Math.ceil(model.series.length / LEGEND_COLUMNS) : 0;
  return { width, height: TITLE_HEIGHT + height + legendRows * LEGEND_ROW + 10 };
}

/** A standalone SVG document of the chart drawn in `svg`, with title and legend. */
export function chartSvg(
  svg: SVGSVGElement,
  model: ChartModel,
  width: number,
  height: number,
): string {
  const size = exportSize(model, width, height);
  const inner = new XMLSerializer().serializeToString(svg);
  const columnWidth = width / LEGEND_COLUMNS;
  const legend = (model.series.length > 1 ? model.series : [])
    .map((series, index) => {
      const x = 12 + (index % LEGEND_COLUMNS) * columnWidth;
      const y = TITLE_HEIGHT + height + 6 + Math.floor(index / LEGEND_COLUMNS) * LEGEND_ROW;
      const color = CHART_COLORS[index % CHART_COLORS.length];
      const label = series.label.length > 40 ? `${series.label.slice(0, 39)}…` : series.label;
      return `<rect x="${x}" y="${y}" width="12" height="12" fill="${color}"/><text x="${x + 18}" y="${y + 11}" font-size="12">${escapeXml(label)}</text>`;
    })
    .join('');
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" width="${size.width}" height="${size.height}" viewBox="0 0 ${size.width} ${size.height}" font-family="'PT Sans', Arial, sans-serif">` +
    `<rect width="100%" height="100%" fill="#ffffff"/>` +
    `<text x="12" y="20" font-size="15" font-weight="bold">${escapeXml(model.title)}</text>` +
    `<g transform="translate(0 ${TITLE_HEIGHT})">${inner}</g>${legend}</svg>`
  );
}

/** Draws an SVG document on a canvas at EXPORT_SCALE and returns PNG bytes. */
export async function svgToPng(
  svgText: string,
  width: number,
  height: number,
): Promise<Uint8Array<ArrayBuffer>> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml;charset=utf-8' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = width * EXPORT_SCALE;
    canvas.height = height * EXPORT_SCALE;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('canvas 2d context unavailable');
    context.fillStyle = '#ffffff';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    const blob = await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob(
        (b) => (b ? resolve(b) : reject(new Error('PNG encoding failed'))),
        'image/png',
      ),
    );
    return new Uint8Array(await blob.arrayBuffer());
  } finally {
    URL.revokeObjectURL(url);
  }
}
