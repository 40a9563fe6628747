import type { Article } from '../article/types';
import { parseArticle } from '../article/parse';
import { findTerms } from '../glossary/lookup';
import type { Analysis } from './types';
import { splitSentences } from './sentences';
import { computeStats } from './stats';
import { findSpelling } from './spelling';
import { findStatements } from './claims';
import { findSources } from './sources';
import { findPeople } from './people';
import { findQuotes } from './quotes';
import { findDates, buildTimeline } from './dates';
import { linkPeople } from './people-links';
import { findFigures } from './numbers';

/**
 * Runs every analysis over a parsed article. Deterministic: the same article always gives the same result.
 * People are found first because quotes, statements and sources resolve speakers against them.
 * Note: spelling loads dictionary-en, which reads its files with node:fs, so this runs on the server only.
 */
export function analyze(article: Article): Analysis {
  const sentences = splitSentences(article);
  const people = findPeople(sentences, [...new Set(article.speakers ?? [])].filter((x): x is string => x !== null));
  const dates = findDates(sentences, article.date, people);
  return linkPeople({
    sentences,
    stats: computeStats(sentences),
    people,
    quotes: findQuotes(article, sentences, people),
    dates,
    timeline: buildTimeline(dates, sentences),
    statements: findStatements(sentences, people),
    sources: findSources(sentences, people),
    terms: findTerms(sentences),
    spelling: findSpelling(sentences),
    figures: findFigures(sentences, people),
  });
}

/** Parses and analyses article text in one step; throws ArticleError for input that is not an article. */
export function analyzeText(text: string): { article: Article; analysis: Analysis } {
  const article = parseArticle(text);
  return { article, analysis: analyze(article) };
}
