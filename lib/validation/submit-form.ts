/**
 * The quiz form's fields, by prefix and question id: `q_` the option chosen (single choice, part A of a two-part
 * item), `m_` each option ticked (several answers), `o_` each item in the player's order, `s_` each sentence
 * selected. Values are shown indices as text.
 */
const PREFIXES = ['q_', 'm_', 'o_', 's_'] as const;

/**
 * Gathers a quiz form into the submit's `answers` (question id -> ShownAnswer, still unchecked: `submitSchema`
 * checks it). Text that is not a whole number stays text, so the schema refuses it rather than reading it as 0.
 */
export function answersFromForm(form: FormData): Record<string, unknown> {
  const fields = new Map<string, Partial<Record<(typeof PREFIXES)[number], string[]>>>();
  for (const [name, value] of form.entries()) {
    const prefix = PREFIXES.find((p) => name.startsWith(p));
    if (!prefix || typeof value !== 'string') continue;
    const id = name.slice(2);
    const entry = fields.get(id) ?? {};
    (entry[prefix] ??= []).push(value);
    fields.set(id, entry);
  }
  const num = (v: string) => (/^\s*\d{1,4}\s*$/.test(v) ? Number(v) : v);
  // No prototype: a field named q___proto__ is an answer like any other (and refused as not in the quiz).
  const answers: Record<string, unknown> = Object.create(null);
  for (const [id, f] of fields) {
    if (f.s_ && f.q_) answers[id] = { option: num(f.q_[0]), sentences: f.s_.map(num) };
    else if (f.s_) answers[id] = { sentences: f.s_.map(num) };
    else if (f.m_) answers[id] = { options: f.m_.map(num) };
    else if (f.o_) answers[id] = { order: f.o_.map(num) };
    else if (f.q_) answers[id] = f.q_.length === 1 ? f.q_[0] : f.q_.map(num);
  }
  return answers;
}

/** The "how sure" radios (`c_<question id>`), still unchecked; an empty value is "not said" and is left out. */
export function confidenceFromForm(form: FormData): Record<string, FormDataEntryValue> {
  const confidence: Record<string, FormDataEntryValue> = {};
  for (const [key, value] of form.entries()) if (key.startsWith('c_') && value !== '') confidence[key.slice(2)] = value;
  return confidence;
}
