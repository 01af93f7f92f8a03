import type { Page } from 'playwright-core';

/**
 * Finds English sentences left in a page meant to be in Traditional Chinese. Names stay in English in
 * the zh-Hant texts (docs/GLOSSARY.md): Adobe's products, the console's menu paths and literal log
 * lines, quoted as the admin sees them on screen. Those phrases are allowed; so are URLs, paths, ids and
 * values (no run of plain words). What is left and has three or more plain English words in a row is
 * a sentence nobody translated.
 */
export const ALLOWED_ENGLISH = [
  // Products and their parts, as Adobe names them.
  'Integration with the Adobe Experience Cloud',
  'Adobe Experience Cloud',
  'Adobe Marketing Cloud',
  'Adobe Campaign Classic',
  'Adobe Campaign',
  'Adobe Admin Console',
  'Adobe Developer Console',
  'Adobe Customer Care',
  'Adobe Experience League',
  'Experience Cloud',
  'Marketing Cloud',
  'Campaign Classic',
  'Campaign Control Panel',
  'Control Panel',
  'Admin Console',
  'Adobe IMS',
  'Adobe ID',
  'Gold Standard',
  'Microsoft Edge WebView2',
  'ACC IMS',
  // Menu paths and literal lines of the client console, quoted as they read on screen.
  'Tools > Advanced > Import package',
  'Install a standard package',
  'Connect with an Adobe ID',
  'Administration > Experience Cloud Details',
  'Help > About',
  'Installation of packages successful',
  'Login does not have any right matching the expression',
  // Commands the admin types on the server, shown in a code block with Copy.
  'nlserver restart web',
  // Language names in the language switcher are written in their own language.
  'English',
];

const CJK = /[\u2e80-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/g;
const URL_OR_PATH = /\b[a-z][a-z0-9+.-]*:\/\/\S+|(?:^|\s)(?:~|\.{0,2})\/\S+/gi;
/** A plain English word: letters only, at most its first one upper case (ids, codes and acronyms are not words). */
const WORD = /^[A-Za-z][a-z]*(?:['’][a-z]+)?$/;
const EDGE_PUNCTUATION = /^["'“‘([]+|["'”’)\].,:;!?…]+$/g;

/** The English runs of three words or more in `text`, once `allowed` phrases (and URLs, paths) are set aside. */
export function englishSentences(text: string, allowed: readonly string[] = ALLOWED_ENGLISH): string[] {
  const found = new Set<string>();
  for (const line of text.split('\n')) {
    let rest = line;
    for (const phrase of [...allowed].sort((a, b) => b.length - a.length)) rest = rest.split(phrase).join(' ¶ ');
    rest = rest.replace(URL_OR_PATH, ' ¶ ').replace(CJK, ' ¶ ');
    let run: string[] = [];
    const flush = () => {
      if (run.length >= 3) found.add(run.join(' '));
      run = [];
    };
    for (const token of rest.split(/\s+/).filter(Boolean)) {
      const word = token.replace(EDGE_PUNCTUATION, '');
      if (WORD.test(word)) {
        run.push(word);
        // A full stop, colon or the like ends a word but not the sentence: keep counting.
      } else flush();
    }
    flush();
  }
  return [...found];
}

/** Everything the admin can read or hear on the page now: the text, the window title, accessible names. */
export async function readableText(page: Page): Promise<string> {
  return page.evaluate(() => {
    const labels = [...document.querySelectorAll('[aria-label], [title], [placeholder]')].flatMap((el) =>
      ['aria-label', 'title', 'placeholder'].map((a) => el.getAttribute(a) ?? '').filter(Boolean),
    );
    const options = [...document.querySelectorAll('option')].map((o) => o.textContent ?? '');
    return [document.title, document.body.innerText, ...labels, ...options].join('\n');
  });
}
