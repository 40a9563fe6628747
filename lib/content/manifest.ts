/**
 * Articles that ship with the app and are loaded by the seed step. The text files sit beside this file and are
 * stored exactly as published (errors included). Front matter in the file wins over these fields.
 */
export const contentArticles = [
  { file: 'rust-baldwin-dismissal.txt', slug: 'rust-baldwin-dismissal', source: null as string | null, url: null as string | null },
];
