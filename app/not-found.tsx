import Link from 'next/link';

export default function NotFound() {
  return (
    <>
      <h1>We couldn’t find that page</h1>
      <p>The article or quiz you asked for does not exist, or it is not yours to see.</p>
      <p><Link href="/">Go to the list of articles</Link></p>
    </>
  );
}
