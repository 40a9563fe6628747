import { encode } from 'uqr';

/**
 * A QR code drawn on the server as an inline SVG (no script, no image request): one path of dark squares with the
 * standard four-module quiet zone, crisp at any size, on a projector too. `label` says what it opens.
 */
export function QrCode({ text, label, size = 220 }: { text: string; label: string; size?: number }) {
  const { data } = encode(text, { ecc: 'M', border: 4 });
  const d = data.flatMap((row, y) => row.flatMap((dark, x) => (dark ? [`M${x} ${y}h1v1h-1z`] : []))).join('');
  return (
    <svg role="img" aria-label={label} viewBox={`0 0 ${data.length} ${data.length}`} width={size} height={size} shapeRendering="crispEdges" className="qr-code">
      <rect width="100%" height="100%" fill="#fff" />
      <path d={d} fill="#000" />
    </svg>
  );
}
