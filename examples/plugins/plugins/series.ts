import type { Post, QuirePlugin, Site } from 'quire';

/** What a post of a series knows about it: `post.series` in templates. */
interface SeriesPlace {
  readonly name: string;
  /** 1-based place in the series, oldest first. */
  readonly part: number;
  readonly parts: number;
  readonly prev: { readonly title: string; readonly url: string } | undefined;
  readonly next: { readonly title: string; readonly url: string } | undefined;
}

/**
 * Posts with `series: <name>` in their front matter get `post.series` (part, parts, previous and next
 * post of the same series, oldest first), a `seriesLabel` helper, a `series-nav` partial, and the file
 * `series.json` listing every series.
 */
export function series(): QuirePlugin {
  return {
    name: 'series',
    model(site: Site): Site {
      const bySeries = groupBySeries(site.posts);
      const posts = site.posts.map((post) => {
        const name = seriesOf(post);
        if (name === undefined) return post;
        const parts = bySeries.get(name)!;
        const at = parts.indexOf(post);
        const link = (other: Post | undefined) => (other ? { title: other.title, url: other.url } : undefined);
        const place: SeriesPlace = { name, part: at + 1, parts: parts.length, prev: link(parts[at - 1]), next: link(parts[at + 1]) };
        return { ...post, extra: { ...post.extra, series: place } };
      });
      return { ...site, posts };
    },
    helpers: {
      /** `{{seriesLabel post.series}}` -> "Part 2 of 3 of Garden year". */
      seriesLabel: (place: SeriesPlace | undefined) => (place ? `Part ${place.part} of ${place.parts} of ${place.name}` : ''),
    },
    partials: {
      'series-nav': [
        '{{#if @root.post.series}}<nav class="series-nav" aria-label="{{@root.post.series.name}}">',
        '<p>{{seriesLabel @root.post.series}}</p>',
        '{{#with @root.post.series.prev}}<a rel="prev" href="{{url url}}">← {{title}}</a>{{/with}}',
        '{{#with @root.post.series.next}}<a rel="next" href="{{url url}}">{{title}} →</a>{{/with}}',
        '</nav>{{/if}}',
      ].join('\n'),
    },
    outputs(site: Site) {
      const list = [...groupBySeries(site.posts)].map(([name, parts]) => ({ name, posts: parts.map((p) => ({ title: p.title, url: p.url })) }));
      return [{ path: 'series.json', text: `${JSON.stringify(list, null, 2)}\n` }];
    },
  };
}

/** The series a post belongs to: its front matter's `series`, or the name in what model() made of it. */
function seriesOf(post: Post): string | undefined {
  const value = post.extra.series as string | SeriesPlace | undefined;
  return typeof value === 'string' ? value : value?.name;
}

/** The posts of each series, oldest first, series by name. */
function groupBySeries(posts: readonly Post[]): Map<string, Post[]> {
  const groups = new Map<string, Post[]>();
  for (const post of [...posts].reverse()) {
    const name = seriesOf(post);
    if (name === undefined) continue;
    groups.set(name, [...(groups.get(name) ?? []), post]);
  }
  return new Map([...groups].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}
