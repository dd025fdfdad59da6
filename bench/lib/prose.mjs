// Markdown prose blocks: sentences with inline markup, paragraphs, lists, blockquotes and tables.
// Each builder returns { text, words } so a post can stop near its target length.
import {
  ADJECTIVES, ADVERBS, CONNECTIVES, DETERMINERS, HOSTS, IDENTIFIERS, NON_ASCII, NOUNS, PREPOSITIONS, VERBS,
} from './vocabulary.mjs';

export const capitalize = (text) => text.charAt(0).toUpperCase() + text.slice(1);
const thirdPerson = (verb) => (/(s|sh|ch|x)$/.test(verb) ? `${verb}es` : `${verb}s`);

/** A noun phrase with a determiner ("an early kettle", "their backlog"). */
function createNounPhrase(r) {
  const phrase = r.chance(0.35) ? `${r.pick(ADJECTIVES)} ${r.pick(NOUNS)}` : r.pick(NOUNS);
  const determiner = r.pick(DETERMINERS);
  return `${determiner === 'a' && /^[aeiou]/.test(phrase) ? 'an' : determiner} ${phrase}`;
}

/** One clause of plain words, shaped like English so the text reads as prose rather than a word list. */
function createClause(r) {
  switch (r.int(0, 4)) {
    case 0:
      return `${createNounPhrase(r)} ${thirdPerson(r.pick(VERBS))} ${createNounPhrase(r)}`;
    case 1:
      return `we ${r.pick(VERBS)} ${createNounPhrase(r)} ${r.pick(PREPOSITIONS)} ${createNounPhrase(r)}`;
    case 2:
      return `${createNounPhrase(r)} was ${r.pick(ADVERBS)} ${r.pick(ADJECTIVES)}`;
    case 3:
      return `I ${r.pick(ADVERBS)} ${r.pick(VERBS)} ${r.pick(['it', 'them', 'everything', 'the rest'])} ${r.pick(PREPOSITIONS)} ${createNounPhrase(r)}`;
    default:
      return `you can ${r.pick(VERBS)} ${createNounPhrase(r)} ${r.pick(ADVERBS)}`;
  }
}

/** A heading: the first two to six words of a clause. */
export function createHeading(r) {
  return capitalize(createClause(r).split(' ').slice(0, r.int(2, 6)).join(' '));
}

function createUrl(r) {
  const path = [r.pick(NOUNS), r.pick(NOUNS)].slice(0, r.int(1, 2)).join('/');
  return `https://${r.pick(HOSTS)}/${path}${r.chance(0.2) ? `#${r.pick(NOUNS)}` : ''}`;
}

/** Wraps a few spans of a sentence's words in emphasis, bold, code or a link. */
function addInlineMarkup(r, words) {
  const out = [];
  for (let i = 0; i < words.length; i++) {
    const roll = r.float();
    const span = words.slice(i, i + r.int(1, 3));
    const plain = span.every((w) => /^[\p{L}']+$/u.test(w));
    if (roll < 0.03 && plain) out.push(`*${span.join(' ')}*`);
    else if (roll < 0.055 && plain) out.push(`**${span.join(' ')}**`);
    else if (roll < 0.075 && plain) out.push(`[${span.join(' ')}](${createUrl(r)})`);
    else {
      out.push(words[i]);
      if (roll > 0.975) out.push('`' + r.pick(IDENTIFIERS) + '`');
      else if (roll > 0.968) out.push(r.pick(NON_ASCII));
      continue;
    }
    i += span.length - 1;
  }
  return out;
}

export function createSentence(r) {
  let text = createClause(r);
  for (let k = r.int(0, 2); k > 0; k--) text += `${r.pick(CONNECTIVES)} ${createClause(r)}`;
  const words = addInlineMarkup(r, text.split(' '));
  const end = r.pick(['.', '.', '.', '.', '.', '?', '!', ' — mostly.', '; so it goes.']);
  return { text: capitalize(words.join(' ')).replace(/^([*[]+)([a-z])/, (_, m, c) => m + c.toUpperCase()) + end, words: words.length };
}

export function createParagraph(r, sentences = r.int(2, 6)) {
  const parts = Array.from({ length: sentences }, () => createSentence(r));
  return { text: parts.map((p) => p.text).join(' '), words: parts.reduce((sum, p) => sum + p.words, 0) };
}

/** A bullet, numbered or task list; some items open with a bold lead-in. */
export function createList(r) {
  const kind = r.pick(['bullet', 'bullet', 'numbered', 'numbered', 'task']);
  const leadIns = r.chance(0.4);
  let words = 0;
  const items = Array.from({ length: r.int(3, 7) }, (_, i) => {
    const { text, words: count } = createSentence(r);
    words += count;
    const marker = kind === 'numbered' ? `${i + 1}.` : kind === 'task' ? `- [${r.chance(0.5) ? 'x' : ' '}]` : '-';
    const lead = leadIns ? `**${capitalize(r.pick(NOUNS))}:** ` : '';
    return `${marker} ${lead}${text}`;
  });
  return { text: items.join('\n'), words };
}

export function createBlockquote(r, authorNames) {
  const { text, words } = createParagraph(r, r.int(1, 3));
  const credit = r.chance(0.4) ? `\n>\n> — ${r.pick(authorNames)}` : '';
  return { text: `> ${text}${credit}`, words };
}

/** A GFM table with a text column and right-aligned numbers. */
export function createTable(r) {
  const columns = r.int(3, 5);
  const header = [capitalize(r.pick(NOUNS)), ...Array.from({ length: columns - 1 }, () => capitalize(r.pick(ADJECTIVES)))];
  const rows = [`| ${header.join(' | ')} |`, `| --- |${' ---: |'.repeat(columns - 1)}`];
  const count = r.int(3, 8);
  for (let i = 0; i < count; i++) {
    const cells = Array.from({ length: columns - 1 }, () => (r.chance(0.6) ? String(r.int(0, 5000)) : `${(r.float() * 100).toFixed(1)} %`));
    rows.push(`| ${capitalize(r.pick(NOUNS))} | ${cells.join(' | ')} |`);
  }
  return { text: rows.join('\n'), words: count * columns };
}
