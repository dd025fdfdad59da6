// Words, names and tags the corpus is written with. Plain lists: the generator picks from them with its
// seeded random source, so changing a list changes every corpus (bump CORPUS_FORMAT in corpus.mjs).

const words = (text) => text.trim().split(/\s+/);

export const NOUNS = words(`
  kettle garden notebook compiler release bicycle recipe timetable harbour library tram journey
  workshop deadline habit checklist spreadsheet terminal keyboard server cache queue backlog sprint
  prototype draft chapter margin footnote index archive map route bridge tunnel platform station
  ticket budget invoice estimate meeting review feature bug patch branch commit version changelog
  module function parser template layout stylesheet font colour contrast palette photograph camera
  lens shutter season harvest orchard allotment seedling compost trowel fence shed window lamp desk
  chair shelf drawer pencil eraser ruler letter parcel postcard stamp market bakery loaf oven stove
  pan sauce onion garlic lemon pepper broth noodle dumpling teapot mug river valley ridge trail
  summit forecast storm drizzle puddle umbrella jacket boot sock lantern tent campfire kayak paddle
  benchmark profile trace metric dashboard alert outage incident postmortem runbook script pipeline
  container image volume cluster node worker thread process signal socket request response header
  payload token session password account permission policy schema migration database column row query
  transaction lock deadlock retry timeout latency throughput bandwidth memory disk partition backup
`);

export const VERBS = words(`
  build ship measure sketch plant prune water harvest cook simmer bake knead taste season pack carry
  fold sort file label archive restore backup deploy release patch refactor rename split merge rebase
  review test debug profile trace log monitor alert schedule postpone cancel repair replace sharpen
  paint sand varnish cut glue clamp drill sew mend knit read write edit publish print bind
  walk cycle row climb swim explore map photograph frame crop export import convert compress render
  parse validate compile bundle cache invalidate warm share borrow lend return notice forget remember
`);

export const ADJECTIVES = words(`
  quiet noisy early late slow quick careful sloppy tidy cluttered bright dim warm chilly damp dry
  crisp soggy sturdy flimsy cheap costly simple tangled narrow wide shallow deep fresh stale modest
  generous patient hasty reliable flaky readable cryptic portable clunky elegant awkward honest odd
  familiar strange gentle stubborn lazy eager idle busy spare hidden obvious subtle seasonal local
  remote shared private handmade secondhand weekly nightly overdue urgent optional default minimal
`);

export const ADVERBS = words(`
  slowly quickly carefully rarely often usually always never eventually gradually quietly mostly
  barely roughly exactly happily reluctantly patiently suddenly finally honestly
`);

export const DETERMINERS = words(`the the the a a this that every each our my your their one another`);

export const PREPOSITIONS = words(`in on under over beside after before during without with through behind near`);

export const CONNECTIVES = [', and', ', but', ' because', ' while', ' so', ', although', ' until', ' whenever'];

export const PLACES = words(`Zürich Kraków Reykjavík Málaga Tromsø Göteborg Córdoba Besançon Łódź Brașov Düsseldorf Nîmes`);

export const NON_ASCII = ['café', 'naïve', 'crème brûlée', 'smörgåsbord', 'piñata', 'façade', 'jalapeño', 'über', 'señor', 'fiancée'];

export const EMOJI = ['🚲', '🌱', '☕', '📚', '🍜', '🛠️', '⛰️', '🎉', '🐛', '✨', '📷', '🧵'];

export const TECH = words(`
  Node.js TypeScript Python Go Rust SQLite PostgreSQL Linux Git Markdown YAML JSON CSS HTML Bash
  Handlebars WebAssembly Docker systemd cron
`);

export const IDENTIFIERS = [
  'readConfig', 'renderPost', 'slugify', 'parseDate', 'writeFile', '--dry-run', '--verbose', 'fetchFeed',
  'sortByDate', 'Array.prototype.map', 'Promise.allSettled', 'structuredClone', 'os.cpus()', 'JSON.stringify',
  'git rebase -i', 'SELECT count(*)', 'PRAGMA journal_mode', 'make -j4', '~/.config', 'tmpfs',
];

export const HOSTS = ['example.com', 'example.org', 'notes.example.net', 'wiki.example.org', 'docs.example.com'];

export const TAGS = words(`
  gardening cooking baking travel cycling hiking running photography reading books writing notes
  woodworking sewing repairs home music film tea coffee recipes seasons weather maps trains cities
  javascript typescript node python go rust sql linux git css html markdown accessibility security
  performance caching testing debugging tooling static-sites databases networking devops backups
  privacy open-source careers teams meetings productivity habits learning side-projects newsletters
`);

// Author ids are keys of data/authors.yaml; names include non-ASCII letters on purpose.
export const AUTHORS = [
  ['ada', 'Ada Lindqvist'], ['bruno', 'Bruno Costa'], ['chen', 'Chen Wei'], ['dana', 'Dana Kowalski'],
  ['elodie', 'Élodie Fournier'], ['farid', 'Farid Haddad'], ['grace', "Grace O'Neill"],
  ['hiroshi', 'Hiroshi Tanaka'], ['ingrid', 'Ingrid Larsen'], ['jamal', 'Jamal Robinson'],
  ['kasia', 'Katarzyna Nowak'], ['luis', 'Luis Hernández'], ['maya', 'Maya Patel'],
  ['nikolai', 'Nikolai Petrov'], ['olivia', 'Olivia Brown'], ['pedro', 'Pedro Alves'],
  ['quinn', 'Quinn Murphy'], ['rosa', 'Rosa Jiménez'], ['soren', 'Søren Nielsen'], ['tomas', 'Tomás Ruiz'],
];
