/** Where the dev server sends its Server-Sent Events. */
export const eventsPath = '/__quire/events';

/**
 * The script injected into HTML pages by `quire serve` (never into `build` output). It listens for
 * rebuilds over Server-Sent Events: reloads the page when a rebuild touched it, shows an overlay with
 * the diagnostics while the site has errors, and reloads once they are fixed.
 */
export const liveReloadScript = `<script type="module" data-quire-live-reload>
const overlayId = 'quire-error-overlay';
const here = () => decodeURIComponent(location.pathname);
function showOverlay(text) {
  let box = document.getElementById(overlayId);
  if (!box) {
    box = document.createElement('div');
    box.id = overlayId;
    box.setAttribute('role', 'alertdialog');
    box.setAttribute('aria-label', 'Build error');
    box.style.cssText = 'position:fixed;inset:0;z-index:2147483647;overflow:auto;padding:2rem;background:rgba(20,20,20,.94);color:#fdd;font:14px/1.5 ui-monospace,monospace';
    const title = document.createElement('h2');
    title.textContent = 'quire: the site has errors';
    title.style.cssText = 'color:#ff8a80;font:bold 18px system-ui,sans-serif;margin:0 0 1rem';
    const pre = document.createElement('pre');
    pre.style.whiteSpace = 'pre-wrap';
    box.append(title, pre);
    document.body.append(box);
  }
  box.querySelector('pre').textContent = text;
}
let hadError = false;
const source = new EventSource('${eventsPath}');
source.addEventListener('build-error', (event) => {
  hadError = true;
  showOverlay(JSON.parse(event.data).text);
});
source.addEventListener('reload', (event) => {
  const { paths, all } = JSON.parse(event.data);
  if (hadError || all || paths.includes(here()) || paths.includes(here() + 'index.html')) location.reload();
});
</script>`;

/** Inserts the live-reload script before `</body>` (or at the end when there is none). */
export function injectLiveReload(html: string): string {
  const index = html.lastIndexOf('</body>');
  return index < 0 ? html + liveReloadScript : html.slice(0, index) + liveReloadScript + html.slice(index);
}
