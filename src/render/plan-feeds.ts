import type { Post, Tag } from '../model/types.js';
import { outputPathOf } from '../model/permalink.js';
import { feedPaths, tagFeedPath } from './feeds/feed-paths.js';
import { createFeed, createFeedItem, feedAuthor, type Feed, type FeedItemContent } from './feeds/feed-model.js';
import { renderAtomFeed } from './feeds/render-atom.js';
import { renderJsonFeed } from './feeds/render-json-feed.js';
import { renderRssFeed } from './feeds/render-rss.js';
import { newestPosts } from './feeds/select-feed-posts.js';
import { collectionInputs, type PlannedOutput } from './output.js';
import { contentKeyOf, contentVersionOf, ensureSummary, renderEntryContent } from './entry-content.js';
import { fingerprintOf } from './fingerprint.js';
import { viewOf, type RenderScope } from './render-scope.js';

/**
 * Plans the site's feeds (Atom `/feed.xml`, RSS `/rss.xml`, JSON Feed `/feed.json`) and one Atom feed per
 * tag (`/tags/<slug>/feed.xml`), each with the newest `feed.limit` posts. Planned after the post pages,
 * whose production records the HTML the feeds show. A file of the same path in `static/` wins: its
 * output path is in `taken` and the feed is not planned.
 */
export function planFeeds(scope: RenderScope, taken: ReadonlySet<string>): PlannedOutput[] {
  const { site, link } = scope;
  const planned: PlannedOutput[] = [];
  const plan = (sitePath: string, source: string, posts: readonly Post[], render: () => string) => {
    const outputPath = outputPathOf(sitePath);
    if (taken.has(outputPath.normalize('NFC'))) return;
    planned.push({
      outputPath,
      source,
      inputs: [collectionInputs.posts, collectionInputs.config, collectionInputs.data, ...posts.map((p) => p.sourcePath)],
      // The posts' listing views and Markdown: unchanged, the feed is not rendered again.
      fingerprint: () => {
        const versions = posts.map((p) => contentVersionOf(scope, p));
        if (versions.some((v) => v === undefined)) return undefined;
        return fingerprintOf(scope.commonFingerprint, sitePath, ...posts.map((p, i) => versions[i] + JSON.stringify(viewOf(scope, p))));
      },
      produce: () => ({ text: render() }),
    });
  };

  const latest = newestPosts(site.posts, site.config.feed.limit);
  const siteFeed = () =>
    feedOf(scope, latest, {
      title: site.config.title,
      description: site.config.description,
      homeUrl: link.absolute('/'),
      selfUrls: { atom: link.absolute(feedPaths.atom), rss: link.absolute(feedPaths.rss), json: link.absolute(feedPaths.json) },
    });
  plan(feedPaths.atom, 'Atom feed', latest, () => renderAtomFeed(siteFeed()));
  plan(feedPaths.rss, 'RSS feed', latest, () => renderRssFeed(siteFeed()));
  plan(feedPaths.json, 'JSON feed', latest, () => renderJsonFeed(siteFeed()));
  for (const tag of site.tags) {
    const posts = newestPosts(tag.posts, site.config.feed.limit);
    plan(tagFeedPath(tag), `feed of tag "${tag.name}"`, posts, () => renderAtomFeed(tagFeedOf(scope, tag, posts)));
  }
  return planned;
}

function tagFeedOf(scope: RenderScope, tag: Tag, posts: readonly Post[]): Feed {
  const { site, link } = scope;
  return feedOf(scope, posts, {
    title: `${site.config.title}: ${tag.name}`,
    description: `Posts tagged “${tag.name}”`,
    homeUrl: link.absolute(tag.url),
    selfUrls: { atom: link.absolute(tagFeedPath(tag)) },
  });
}

function feedOf(scope: RenderScope, posts: readonly Post[], fields: Pick<Feed, 'title' | 'description' | 'homeUrl' | 'selfUrls'>): Feed {
  const { config } = scope.site;
  return createFeed({
    ...fields,
    language: config.language,
    timezone: config.timezone,
    author: siteAuthor(scope),
    items: posts.map((post) => createFeedItem(post, contentOf(scope, post), config, scope.link)),
  });
}

/** The site's default author (`author:` in the config), else the site title: Atom needs a feed author. */
function siteAuthor(scope: RenderScope) {
  const { defaultAuthor, config } = scope.site;
  return defaultAuthor ? feedAuthor(defaultAuthor, scope.link) : { name: config.title, url: undefined };
}

/**
 * The summary, excerpt and (in full mode) HTML of a post, as its page's production recorded them. A post
 * whose page was skipped by an incremental build is rendered here, so a feed never misses content.
 */
function contentOf(scope: RenderScope, post: Post): FeedItemContent {
  const full = scope.site.config.feed.content === 'full';
  ensureSummary(scope, post);
  let html = full ? scope.feedContent.get(post.sourcePath) : undefined;
  if (full && html === undefined) html = renderEntryContent(scope, post, contentKeyOf(scope, post)).html;
  const summary = scope.summaries.get(post.sourcePath)!;
  return { summary: summary.description, excerptHtml: summary.excerpt, html };
}
