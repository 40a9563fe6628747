import type { SaveStatus } from './use-draft-save';

/**
 * Where the player's answers stand: saved, being saved, or not saved and being retried (said in words, with a
 * mark that is not the only signal). Only a problem is announced: "saving… saved" after every click would be noise.
 */
export function SaveStatusNote({ status }: { status: SaveStatus }) {
  const text = {
    idle: 'Your answers are saved as you go.',
    restored: '✓ Your saved answers are back.',
    saving: 'Saving…',
    saved: '✓ All answers saved.',
    retrying: '⚠ Not saved, retrying… Keep this page open.',
    refused: `⚠ Not saved: ${status.kind === 'refused' ? status.message : ''}`,
  }[status.kind];
  const problem = status.kind === 'retrying' || status.kind === 'refused';
  return (
    <>
      <span className={`save-status${problem ? ' save-problem' : ''}`} data-state={status.kind}>{text}</span>
      <span className="visually-hidden" role="status">{problem ? text : ''}</span>{' '}
    </>
  );
}
