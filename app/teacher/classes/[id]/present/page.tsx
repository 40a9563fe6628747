import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { FullScreenButton } from '@/components/full-screen-button';
import { QrCode } from '@/components/qr-code';
import { requireTeacher } from '@/lib/auth/player';
import { getClass } from '@/lib/db/queries/classes';
import { joinLink, publicOrigin } from '@/lib/http/public-origin';
import { safeParam } from '@/lib/validation/params';

type Props = { params: Promise<{ id: string }> };

export const metadata: Metadata = { title: 'Join code' };

/** The class's join code as large as a projector needs it, with the address and a QR code to scan. */
export default async function PresentCodePage({ params }: Props) {
  await connection();
  const id = safeParam((await params).id);
  const user = await requireTeacher(`/teacher/classes/${id}/present`);
  const cls = await getClass({ id, teacherId: user.id });
  if (!cls) notFound();
  const origin = await publicOrigin();
  const link = joinLink(origin, cls.joinCode);
  return (
    <div className="present" id="present">
      <p className="muted" style={{ margin: 0 }}><Link href={`/teacher/classes/${id}`}>← {cls.name}</Link></p>
      <h1>Join {cls.name}</h1>
      {cls.archivedAt ? (
        <p className="empty">This class is archived: its code no longer lets anyone in. Restore it from the class page first.</p>
      ) : (
        <>
          {/* Side by side on a landscape screen, so code and QR code both fit a projector without scrolling. */}
          <div className="present-body">
            <div>
              <p className="present-step">Go to <strong>{origin.replace(/^https?:\/\//, '')}/join</strong> and type</p>
              <p className="present-code" aria-label={`Join code ${cls.joinCode.split('').join(' ')}`}>{cls.joinCode}</p>
            </div>
            <div>
              <p className="present-step">or scan:</p>
              <QrCode text={link} label={`QR code that opens the join page for code ${cls.joinCode}`} size={320} />
            </div>
          </div>
          <FullScreenButton target="present" />
        </>
      )}
    </div>
  );
}
