import Link from 'next/link';
import { CopyLink } from './copy-link';
import { QrCode } from './qr-code';

/** How a teacher shares a class: the code read aloud, the full join link to copy, a QR code and a projector view. */
export function ClassShare({ classId, code, link }: { classId: string; code: string; link: string }) {
  return (
    <div className="share">
      <div>
        <p>Students go to <strong>/join</strong> and type <strong className="join-code" aria-label={`Join code ${code.split('').join(' ')}`}>{code}</strong></p>
        <CopyLink id="join-link" label="Join link (the code is filled in)" url={link} />
        <div className="actions" style={{ margin: 0 }}>
          <Link className="button secondary" href={`/teacher/classes/${classId}/present`}>Show on the projector</Link>
        </div>
      </div>
      <QrCode text={link} label={`QR code that opens the join page for code ${code}`} size={160} />
    </div>
  );
}
