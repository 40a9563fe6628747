/** An invented article as the app reads one: front matter (title and date), then one line per body sentence or paragraph. */
export function articleText(title: string, date: string, body: string[]): string {
  return ['---', `title: ${title}`, `date: ${date}`, '---', '', ...body].join('\n');
}
