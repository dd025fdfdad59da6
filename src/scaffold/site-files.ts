import { createPostFileName, formatNewPostDate, renderPostFile } from './post-file.js';
import { renderStarterConfig, starterAuthorId, starterConfigValues } from './starter-config.js';

/** A file of a new site: path relative to the site folder (`/`-separated) and its text. */
export interface SiteFile {
  readonly path: string;
  readonly text: string;
}

/**
 * Every file of a new site, in the order they are listed to the user. The first post is dated `nowMs`
 * in the starter config's time zone (UTC) and has the id `postId`; the caller reads the clock and
 * draws the id.
 */
export function planStarterSite(first: { readonly nowMs: number; readonly postId: string }): SiteFile[] {
  const title = 'Hello, world';
  const starterTimezone = String(starterConfigValues.timezone);
  const date = formatNewPostDate(first.nowMs, starterTimezone);
  const postPath = `posts/${createPostFileName(title, date) ?? 'hello-world.md'}`;
  const post = renderPostFile({ title, date, id: first.postId, tags: ['notes'], draft: false, body: firstPostBody(postPath) });
  return [
    { path: 'quire.config.yaml', text: renderStarterConfig() },
    { path: postPath, text: post },
    { path: 'pages/about.md', text: aboutPage },
    { path: 'data/authors.yaml', text: authorsFile },
    { path: 'static/.gitkeep', text: '' },
    { path: '.gitignore', text: gitignore },
  ];
}

function firstPostBody(postPath: string): string {
  return `
This is the first post of your new site, written to
\`${postPath}\`. Edit it, or delete it once you have written your own.

A post starts with *front matter* between two \`---\` lines: its title, its date,
a permanent \`id\` that its address can use, and its tags. Add \`draft: true\` to keep
a post out of the site while you work on it.

To start the next post:

    npx quire new "My second post" --tags notes

Then build the site with \`npx quire build\` (it goes to \`dist/\`), or preview it
with \`npx quire serve\`.
`;
}

const aboutPage = `---
title: About
description: Who writes this site and what it is about.
---

Say who you are and what you write about here. This page is \`pages/about.md\`:
every Markdown file in \`pages/\` becomes a page at the same path, so this one is
published at \`/about/\`.
`;

const authorsFile = `# Authors of the posts, by id. A post's "author:" (or "author:" in quire.config.yaml)
# names one of these ids. url and avatar are optional; put images in static/.
${starterAuthorId}:
  name: Your Name
  bio: A sentence or two about you, shown on your author page.
  # url: https://example.org/
  # avatar: /images/me.jpg
`;

const gitignore = `# Made again by "quire build": the built site and its cache.
dist/
.quire-cache/
node_modules/
`;
