import { randomBytes } from 'node:crypto';
import type { Analysis } from '@/lib/analysis/types';
import type { Article } from '@/lib/article/types';
import { createArticleWithQuiz } from '@/lib/db/queries/articles';
import { prepareDatabase } from '@/lib/db/prepare';
import type { Question } from '@/lib/quiz/types';

/** A small article with a known answer key, so database behaviour is tested apart from the generator. */
export async function makeQuiz(questionCount = 4) {
  await prepareDatabase();
  const slug = `test-${randomBytes(6).toString('hex')}`;
  const questions: Question[] = Array.from({ length: questionCount }, (_, i) => ({
    id: `q${i}`,
    skill: i % 2 ? 'who-said' : 'vocabulary',
    prompt: `Question number ${i}?`,
    options: ['alpha', 'beta', 'gamma', 'delta'],
    answer: i % 4,
    evidence: [0],
    explanation: 'Because the article says so.',
    difficulty: 1,
  }));
  const parsed: Article = { title: 'Test', date: '2024-01-01', source: null, url: null, headings: [], paragraphs: ['One. Two.'], blocks: [{ kind: 'paragraph', text: 'One. Two.' }] };
  const analysis = { sentences: [], stats: { readingMinutes: 1 } } as unknown as Analysis;
  const { quizId } = await createArticleWithQuiz({
    slug, title: 'Test article', date: '2024-01-01', source: null, url: null, body: 'One. Two.', featured: false,
    revision: 'r1', generatorVersion: 1, parsed, analysis, questions,
  });
  return { slug, quizId, questions };
}

export const guest = () => ({ guestId: randomBytes(18).toString('base64url') });
