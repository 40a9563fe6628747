import { CONFIDENCE_NAMES, CONFIDENCES, type Confidence } from '@/lib/quiz/confidence';

/**
 * "How sure are you?" under one question: three large labelled radios (Tab reaches the group, arrows move within
 * it). Optional: the quiz submits without it. Posted as `c_<question id>`, beside the answer, whatever its kind.
 */
export function ConfidenceChoice({ questionId, defaultValue }: { questionId: string; defaultValue?: Confidence }) {
  return (
    <fieldset className="confidence">
      <legend>How sure are you? <span className="muted">(optional)</span></legend>
      <div className="confidence-options">
        {CONFIDENCES.map((c) => (
          <label key={c} className="confidence-option">
            <input type="radio" name={`c_${questionId}`} value={c} defaultChecked={defaultValue === c} />
            <span>{CONFIDENCE_NAMES[c]}</span>
          </label>
        ))}
      </div>
    </fieldset>
  );
}
