import type { PublicQuestion } from '@/lib/quiz/types';
import type { ShownAnswer } from '@/lib/quiz/sheet';
import { ChoiceOptions } from './choice-options';
import { MultiOptions } from './multi-options';
import { OrderList } from './order-list';
import { SentencePicker, type PublicSentence } from './sentence-picker';

/** What the player had answered, by field, when a refused submit gives the form back. */
function previous(a: ShownAnswer | undefined) {
  if (a === undefined) return {};
  if (typeof a === 'number') return { option: a };
  return a as { option?: number; options?: number[]; order?: number[]; sentences?: number[] };
}

/**
 * The answer fields of one question, by its kind (the prompt and the fieldset around them are the form's). Only
 * the public shape is here: how many to pick, never which.
 */
export function QuestionFields({ q, sentences, answer }: { q: PublicQuestion; sentences: PublicSentence[]; answer?: ShownAnswer }) {
  const before = previous(answer);
  switch (q.kind) {
    case 'evidence':
      return <SentencePicker questionId={q.id} label="" sentences={sentences} want={q.pick ?? 1} chosen={before.sentences} />;
    case 'multi':
      return <MultiOptions questionId={q.id} options={q.options} want={q.pick ?? 2} chosen={before.options} />;
    case 'order':
      return <OrderList questionId={q.id} items={q.options} initial={before.order} />;
    case 'two-part':
      return (
        <>
          <div role="group" aria-labelledby={`part-a-${q.id}`}>
            <p id={`part-a-${q.id}`} className="part-label"><strong>Part A.</strong> Choose one answer.</p>
            <ChoiceOptions name={`q_${q.id}`} options={q.options} chosen={before.option} />
          </div>
          <SentencePicker questionId={q.id} label={`Part B. ${q.partB?.prompt ?? 'Which sentence supports your answer?'}`} sentences={sentences} want={q.partB?.pick ?? 1} chosen={before.sentences} />
        </>
      );
    default:
      return <ChoiceOptions name={`q_${q.id}`} options={q.options} chosen={before.option} />;
  }
}
