import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { notArticleReason } from './not-article';

const CORPUS = path.resolve(process.cwd(), '../shared/corpus');
const FIXTURES = path.resolve(process.cwd(), 'tests/fixtures/articles');
const read = (dir: string, ext: string) => (fs.existsSync(dir) ? fs.readdirSync(dir).filter((f) => f.endsWith(ext)).map((f) => [f, fs.readFileSync(path.join(dir, f), 'utf8')] as const) : []);

describe('notArticleReason', () => {
  // CI has ../shared/corpus beside the clone (see docs/ARCHITECTURE.md); the fixtures are always here.
  const corpus = read(CORPUS, '.md');
  const fixtures = read(FIXTURES, '.txt');

  it('refuses no real article: every corpus article (16) and every fixture', () => {
    expect(fixtures.length).toBeGreaterThanOrEqual(5);
    if (fs.existsSync(CORPUS)) expect(corpus.length).toBeGreaterThanOrEqual(16);
    const refused = [...corpus, ...fixtures].flatMap(([name, text]) => {
      const why = notArticleReason(text);
      return why ? [`${name}: ${why}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('refuses no real article cut down to its first paragraphs', () => {
    const refused = [...corpus, ...fixtures].flatMap(([name, text]) => {
      const part = text.split(/\n\s*\n/).slice(0, 4).join('\n\n');
      const why = notArticleReason(part);
      return why ? [`${name}: ${why}`] : [];
    });
    expect(refused).toEqual([]);
  });

  it('refuses computer code and web page markup', () => {
    const ts = fs.readFileSync(path.resolve(process.cwd(), 'lib/quiz/grade.ts'), 'utf8');
    expect(notArticleReason(ts)).toMatch(/computer code/);
    const html = Array.from({ length: 12 }, (_, i) => `<div class="story"><p>Paragraph ${i} of the page with a few words in it.</p></div>`).join('\n');
    expect(notArticleReason(html)).toMatch(/computer code/);
    const py = Array.from({ length: 10 }, (_, i) => `def step_${i}(value):\n    if value > ${i}:\n        return value * ${i}\n    return None`).join('\n');
    expect(notArticleReason(py)).toMatch(/computer code/);
  });

  it('refuses a list of words, one a line or all on one line', () => {
    const words = 'apple banana cherry grape lemon mango orange peach pear plum melon kiwi lime fig date guava papaya quince berry apricot nectarine olive tomato pepper carrot onion garlic potato radish turnip celery lettuce spinach cabbage leek squash pumpkin bean pea corn'.split(' ');
    expect(notArticleReason(words.join('\n'))).toMatch(/list of words/);
    expect(notArticleReason(words.join(', '))).toMatch(/list of words/);
    const vocabulary = 'the court, a judge, the jury, an appeal, the verdict, a witness, the trial, a lawyer, the defence, the prosecution, a motion, the ruling, a plea, the sentence, the bail, a charge, the hearing, a subpoena, the record, a claim';
    expect(notArticleReason(vocabulary)).toMatch(/list of words/);
  });

  it('refuses gibberish', () => {
    const keyboard = Array.from({ length: 60 }, (_, i) => ['asdf', 'qwerty', 'zxcv', 'hjkl', 'poiuy', 'mnbv', 'lkjh', 'gfdsa'][i % 8]).join(' ');
    expect(notArticleReason(keyboard)).not.toBeNull();
    const random = 'Xkq vbnrt plmzx wqrt ghjk trvbn mnbvc. Zzpt qwx klmn brtz ghtr. '.repeat(6);
    expect(notArticleReason(random)).toMatch(/English/);
  });

  it('leaves short text to the parser’s own message', () => {
    expect(notArticleReason('asdf qwer')).toBeNull();
  });
});
