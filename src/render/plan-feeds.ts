import { siteIndex } from '../model/site-index.js';
import type { Post, Site, Tag } from '../model/types.js';
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
import { cardOf, type RenderScope } from './render-scope.js';

/**
 * Plans the site's feeds (Atom `/feed.xml`, RSS `/rss.xml`, JSON Feed `/feed.json`) and one Atom feed per
 * tag (`/tags/<slug>/feed.xml`), each with the newest `feed.limit` posts. Planned after the post pages,
 * whose production records the HTML the feeds show. A file of the same path in `static/` wins: its
 * output path is in `taken` and the feed is not planned.
 */
export function planFeeds(planning: RenderScope, taken: ReadonlySet<string>): PlannedOutput[] {
  const { site } = planning;
  const planned: PlannedOutput[] = [];
  // `postsOf`: the posts the feed shows, looked up in the model of the build that produces it.
  const plan = (sitePath: string, source: string, postsOf: (site: Site) => readonly Post[], render: (scope: RenderScope) => string) => {
    const outputPath = outputPathOf(sitePath);
    if (taken.has(outputPath.normalize('NFC'))) return;
    planned.push({
      outputPath,
      source,
      inputs: [collectionInputs.posts, collectionInputs.config, collectionInputs.data, ...postsOf(site).map((p) => p.sourcePath)],
      // The posts' cards and rendered Markdown: unchanged, the feed is not rendered again.
      fingerprint: (scope) => {
        const posts = postsOf(scope.site);
        const versions = posts.map((p) => contentVersionOf(scope, p));
        if (versions.includes(undefined)) return undefined;
        return fingerprintOf(scope.commonFingerprint, sitePath, ...posts.map((p, i) => `${cardOf(p)} ${versions[i]}`));
      },
      produce: (scope) => ({ text: render(scope) }),
    });
  };

  const { limit } = site.config.feed;
  const latest = (s: Site) => newestPosts(s.posts, limit);
  const siteFeed = (scope: RenderScope) =>
    scope.once('feed:site', () =>
      feedOf(scope, latest(scope.site), {
        title: site.config.title,
        description: site.config.description,
        homeUrl: scope.link.absolute('/'),
        selfUrls: { atom: scope.link.absolute(feedPaths.atom), rss: scope.link.absolute(feedPaths.rss), json: scope.link.absolute(feedPaths.json) },
      }),
    );
  plan(feedPaths.atom, 'Atom feed', latest, (scope) => renderAtomFeed(siteFeed(scope)));
  plan(feedPaths.rss, 'RSS feed', latest, (scope) => renderRssFeed(siteFeed(scope)));
  plan(feedPaths.json, 'JSON feed', latest, (scope) => renderJsonFeed(siteFeed(scope)));
  for (const tag of site.tags) {
    const { slug, name } = tag;
    const tagOf = (s: Site) => siteIndex(s).tags.get(slug)!;
    const posts = (s: Site) => newestPosts(tagOf(s).posts, limit);
    plan(tagFeedPath(tag), `feed of tag "${name}"`, posts, (scope) => renderAtomFeed(tagFeedOf(scope, tagOf(scope.site), posts(scope.site))));
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
    // A post is in the site's feeds and in those of its tags: its item (HTML made absolute) is made once.
    items: posts.map((post) => scope.once(`feed-item:${post.sourcePath}`, () => createFeedItem(post, contentOf(scope, post), config, scope.link))),
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
  const version = contentVersionOf(scope, post);
  let html = full && version ? scope.feedContent.get(post.sourcePath, version) : undefined;
  if (full && html === undefined) html = renderEntryContent(scope, post, contentKeyOf(scope, post)).html;
  const summary = scope.summaries.get(post.sourcePath)!;
  return { summary: summary.description, excerptHtml: summary.excerpt, html };
}
