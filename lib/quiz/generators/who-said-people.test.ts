import { describe, expect, it } from 'vitest';
import { buildQuestionBank } from '../index';

// Made up: a bakery chain named after its founder, a councillor named again by "Cllr", an "according to" aside.
const article = `---
title: Bakery chain to close two shops
date: 2025-05-14
---

Halloran Bakeries said on Tuesday that it would close two of its nine shops in the town. The firm was founded in 1971 by baker Ernest Halloran with one oven and a cart.

"Halloran and its staff have served this town for fifty years, and that will not change," Managing Director Yvonne Keel said at a meeting with staff.

Town Council Leader Idris Penhale said the closures were a blow to the high street. "We will do everything we can to find new tenants for both shops," Cllr Penhale said.

Shop worker Dana Frick, who has worked at the Mill Street branch for twelve years, said she heard the news from a customer. "Nobody told us anything until the sign went up in the window," she said.

According to Tomas Reale, a spokesperson for the shop workers' union, the firm will "offer every worker a place in another shop" before the closures take effect.
`;

describe('who-said options and explanations that are true', () => {
  const { questions } = buildQuestionBank(article);
  const whoSaid = questions.filter((q) => q.skill === 'who-said');

  it('never offers one person twice under two names ("Idris Penhale" and "Cllr Penhale") or a title glued to a name', () => {
    expect(whoSaid.length).toBeGreaterThan(0);
    for (const q of whoSaid) {
      const surnames = q.options.map((o) => o.split(/\s+/).pop());
      expect(new Set(surnames).size).toBe(q.options.length);
      for (const o of q.options) expect(o).not.toMatch(/^(Director|Leader|Cllr|Managing) /);
    }
  });

  it('does not say the founder is named in a sentence that names only the firm called after him', () => {
    const q = whoSaid.find((x) => x.prompt.includes('served this town'));
    expect(q?.options[q.answer]).toBe('Yvonne Keel');
    expect(q!.options).not.toContain('Ernest Halloran');
    expect(q!.explanation).not.toMatch(/Ernest Halloran is also named/);
  });

  it('explains an “according to” attribution as such, not as the subject of a verb', () => {
    const q = whoSaid.find((x) => x.options[x.answer] === 'Tomas Reale');
    expect(q!.explanation).toContain('according to');
    expect(q!.explanation).not.toContain('subject of the verb');
  });
});

describe('who-said never cuts a quoted piece out of a clause that denies or hedges it', () => {
  const text = `---
title: Tea study
date: 2025-02-03
---

Researchers at Lindmoor University followed 900 tea drinkers for eight years. "We cannot claim from one study," lead author Oona Vask said, "that green tea stops memory loss. Still, the pattern was clear."

Ravi Penn, a nurse who was not involved, said the results were welcome. "People should keep drinking what they enjoy, and keep walking every day," Penn said.

"The sample was large and the follow-up was long," said Mila Erdt, a statistician at Harrow College.
`;
  const { questions } = buildQuestionBank(text);

  it('asks about the opening words, never about “that green tea stops memory loss” alone', () => {
    const whoSaid = questions.filter((q) => q.skill === 'who-said');
    expect(whoSaid.some((q) => q.prompt.includes('People should keep drinking'))).toBe(true);
    expect(whoSaid.filter((q) => /“that green tea/.test(q.prompt))).toEqual([]);
  });
});

describe('who-said asks about a second quotation of a passage when the bank has room', () => {
  const text = `---
title: Ferry fares
date: 2025-04-09
---

Harbour board chair Nell Osgood defended the new fares on Tuesday. "The ferries lose money on every crossing in winter," Osgood said. "Without the rise, the early boat would have to stop running altogether."

Commuter Ade Lusk, who crosses twice a day, was not convinced. "I pay more every year and the boats are never on time," Lusk said.

"We asked for a freeze and got a rise instead," said Petra Brill, who leads the island residents' group.
`;
  const whoSaid = buildQuestionBank(text).questions.filter((q) => q.skill === 'who-said' && q.options[q.answer] === 'Nell Osgood');

  it('asks the chair’s speech once: both quotations rest on the sentence that names her', () => {
    // Two questions on one speech, each proved by the same sentence, were failed as repeats by a blind reviewer.
    expect(whoSaid).toHaveLength(1);
    expect([1, 2]).toContain(Math.max(...whoSaid[0].evidence));
  });
});

describe('who-said never shows a quoted piece that opens with a joining word', () => {
  const text = `---
title: Fraud case
date: 2025-03-05
---

Prosecutor Ana Velt spoke after the hearing. "This was no accident," Velt said, "but a scheme planned over many months by a man who knew exactly what he was doing."

Defence lawyer Piet Rook said his client was sorry. "He has paid back every cent he could, and he will keep paying," Rook said.

Judge Ilse Moor said the harm was real. "The town trusted him with its money and he spent it on himself," Moor said.
`;
  it('asks about “This was no accident”, never about “but a scheme planned …”', () => {
    const whoSaid = buildQuestionBank(text).questions.filter((q) => q.skill === 'who-said');
    expect(whoSaid.some((q) => q.options[q.answer] === 'Ana Velt')).toBe(true);
    expect(whoSaid.filter((q) => /“but a scheme/.test(q.prompt))).toEqual([]);
  });
});
