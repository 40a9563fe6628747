/** "2 of 2 chosen", read out as it changes: how many a checkbox group has ticked against how many it asks for. */
export function PickCount({ id, chosen, want, noun }: { id: string; chosen: number; want: number; noun: [string, string] }) {
  const word = want === 1 ? noun[0] : noun[1];
  return (
    <p id={id} className="pick-count" aria-live="polite">
      {chosen} of {want} {word} chosen{chosen > want ? ` – untick ${chosen - want}` : ''}
    </p>
  );
}
