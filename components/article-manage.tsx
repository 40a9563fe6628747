import { deleteArticleAction, duplicateArticleAction, unpublishArticleAction } from '@/app/teacher/articles/actions';
import { ConfirmActionForm } from './confirm-action-form';

/**
 * What a teacher can do with a whole article: copy it into a new draft; delete a draft; take a published one back
 * (its assignments and results stay). Each destructive choice asks first and says what happens.
 */
export function ArticleManage({ slug, published }: { slug: string; published: boolean }) {
  const hidden = { slug };
  return (
    <section aria-labelledby="manage-heading" className="card" style={{ marginTop: '1.5rem' }}>
      <h2 id="manage-heading" style={{ marginTop: 0 }}>This article</h2>
      <ConfirmActionForm action={duplicateArticleAction} hidden={hidden} label="Make a copy" pending="Copying…" />
      {published ? (
        <ConfirmActionForm action={unpublishArticleAction} hidden={hidden} label="Unpublish"
          confirm="Unpublish? You will not be able to assign it until you publish it again. Assignments already made, and their results, stay." />
      ) : (
        <ConfirmActionForm action={deleteArticleAction} hidden={hidden} label="Delete this draft"
          confirm="Delete this draft and all its questions for good? This cannot be undone." />
      )}
    </section>
  );
}
