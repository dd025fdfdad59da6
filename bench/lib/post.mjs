// One post of the corpus: front matter (title, date, author, tags, description and sometimes updated
// and toc) and a Markdown body of about 600-1800 words in 3-7 sections.
import { createCodeBlock } from './code-samples.mjs';
import {
  capitalize, createBlockquote, createHeading, createList, createParagraph, createSentence, createTable,
} from './prose.mjs';
import { ADJECTIVES, AUTHORS, EMOJI, NON_ASCII, NOUNS, PLACES, TAGS, TECH, VERBS } from './vocabulary.mjs';

const AUTHOR_NAMES = AUTHORS.map(([, name]) => name);
const pad = (n) => String(n).padStart(2, '0');
const DAY_MS = 86_400_000;
// Twelve years of posts, all in the past, so a build needs no --future to publish them.
const FIRST_DAY = Date.UTC(2014, 0, 1);
const DAY_COUNT = (Date.UTC(2025, 11, 31) - FIRST_DAY) / DAY_MS + 1;

function createTitle(r) {
  const noun = () => capitalize(r.pick(NOUNS));
  const adjective = () => capitalize(r.pick(ADJECTIVES));
  const titles = [
    () => `How I ${r.pick(VERBS)} ${r.pick(['a', 'the', 'every'])} ${r.pick(ADJECTIVES)} ${r.pick(NOUNS)} in ${r.pick(PLACES)}`,
    () => `${adjective()} ${noun()}s: ${capitalize(r.pick(VERBS))} the ${noun()} ${r.pick(['the Slow Way', 'on a Budget', 'in Winter', 'Again'])}`,
    () => `Why "${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}s" Aren't ${adjective()}`,
    () => `Notes from ${r.pick(PLACES)}: ${noun()}, ${noun()} and ${r.pick(NON_ASCII)}`,
    () => `${r.pick(EMOJI)} ${capitalize(r.pick(VERBS))} the ${noun()}, ${r.pick(['Again', 'Properly', 'at Last', 'by Hand'])}`,
    () => `${r.int(3, 15)} Things a ${noun()} Taught Me About ${noun()}s`,
    () => `The '${noun()}' Question`,
    () => `${r.pick(TECH)} and the ${noun()}: What “${r.pick(ADJECTIVES)}” Really Means`,
    () => `Q&A: Can You ${capitalize(r.pick(VERBS))} a ${noun()} ${r.pick(['Twice', 'Without a Plan', 'in an Afternoon'])}?`,
    () => `Week ${r.int(1, 52)}: ${adjective()} ${noun()}s & ${adjective()} ${noun()}s`,
  ];
  const title = r.pick(titles)();
  return r.chance(0.05) ? `${title} ${r.pick(EMOJI)}` : title;
}

/** ASCII slug for the file name; accents are folded and emoji dropped. */
export function slugifyTitle(title) {
  const slug = title
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .slice(0, 64)
    .replace(/^-+|-+$/g, '');
  return slug || 'post';
}

const quoteYaml = (text) => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`;

function createDate(r) {
  const day = new Date(FIRST_DAY + r.int(0, DAY_COUNT - 1) * DAY_MS);
  const ymd = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
  // A quarter of the posts carry a time and an offset, as posts written with a timestamp do.
  const value = r.chance(0.25) ? `${ymd}T${pad(r.int(6, 22))}:${pad(r.int(0, 59))}:00${r.pick(['Z', '+01:00', '+02:00', '-05:00', '+09:00'])}` : ymd;
  return { ymd, value, dayIndex: Math.round((day.getTime() - FIRST_DAY) / DAY_MS) };
}

/** The Markdown body; `earlierFile` (a post already written) may be linked to by its file name. */
function createBody(r, earlierFile) {
  const targetWords = r.int(600, 1700);
  const sectionCount = r.int(3, 7);
  const codeSection = r.chance(0.3) ? r.int(0, sectionCount - 1) : -1;
  const tableSection = r.chance(0.1) ? r.int(0, sectionCount - 1) : -1;
  const footnote = r.chance(0.08);
  const blocks = [];
  let hasCode = false;
  let hasTable = false;
  const intro = createParagraph(r);
  let words = intro.words;
  blocks.push(intro.text);
  if (r.chance(0.3)) blocks.push('<!-- more -->');
  const sectionBudget = (targetWords - words) / sectionCount;
  for (let s = 0; s < sectionCount; s++) {
    const level = s > 0 && r.chance(0.3) ? '###' : '##';
    blocks.push(`${level} ${createHeading(r)}`);
    let sectionWords = 0;
    let hasList = false;
    let hasQuote = false;
    while (sectionWords < sectionBudget - 25) {
      const roll = r.float();
      let block;
      if (sectionWords > 0 && !hasList && roll < 0.25) {
        block = createList(r);
        hasList = true;
      } else if (sectionWords > 0 && !hasQuote && roll < 0.33) {
        block = createBlockquote(r, AUTHOR_NAMES);
        hasQuote = true;
      } else {
        block = createParagraph(r);
      }
      blocks.push(block.text);
      sectionWords += block.words;
      if (s === codeSection && !hasCode && sectionWords > sectionBudget / 3) {
        blocks.push(createCodeBlock(r));
        hasCode = true;
      }
      if (s === tableSection && !hasTable && sectionWords > sectionBudget / 2) {
        blocks.push(createTable(r).text);
        hasTable = true;
      }
    }
    words += sectionWords;
  }
  if (earlierFile) blocks.push(`There is more in [an earlier post](./${earlierFile}) on the same ${r.pick(NOUNS)}.`);
  if (footnote) {
    blocks.push(`${createSentence(r).text.replace(/[.?!]$/, '')}[^1].`);
    blocks.push(`[^1]: ${createSentence(r).text}`);
  }
  return { text: blocks.join('\n\n'), words };
}

/**
 * Creates one post. `pickEarlierFile()` returns the file name of a post written before this one (or
 * undefined); about one post in ten links to it, as posts that refer back to older ones do.
 */
export function createPost(r, pickEarlierFile) {
  const title = createTitle(r);
  const date = createDate(r);
  const author = r.pick(AUTHORS)[0];
  const tags = r.sample(TAGS, r.int(1, 4));
  const description = createSentence(r).text.replace(/[*`]|\]\([^)]*\)|\[/g, '');
  const updated = r.chance(0.15) ? date.dayIndex + r.int(1, 400) : undefined;
  const toc = r.chance(0.2);
  const body = createBody(r, r.chance(0.1) ? pickEarlierFile() : undefined);
  const lines = ['---', `title: ${quoteYaml(title)}`, `date: ${date.value}`];
  if (updated !== undefined) {
    const day = new Date(FIRST_DAY + updated * DAY_MS);
    lines.push(`updated: ${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`);
  }
  lines.push(`author: ${author}`, 'tags:', ...tags.map((tag) => `  - ${tag}`), `description: ${quoteYaml(description)}`);
  if (toc) lines.push('toc: true');
  lines.push('---', '');
  return { title, ymd: date.ymd, text: `${lines.join('\n')}${body.text}\n`, words: body.words };
}
