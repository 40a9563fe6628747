/**
 * One option to choose of a question's options, as radios (Tab between questions, arrows between options). Used by
 * single-choice questions and part A of two-part items; `name` is the form field (`q_<question id>`).
 */
export function ChoiceOptions({ name, options, chosen }: { name: string; options: string[]; chosen?: number }) {
  return (
    <>
      {options.map((option, j) => (
        <label key={j} className="option">
          <input type="radio" name={name} value={j} defaultChecked={chosen === j} />
          <span>{option}</span>
        </label>
      ))}
    </>
  );
}
