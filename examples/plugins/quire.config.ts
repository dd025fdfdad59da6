// A site that extends quire with two small plugins of its own. Build it with:
//   quire build examples/plugins
import { defineConfig } from 'quire';
import { callouts } from './plugins/callouts.ts';
import { series } from './plugins/series.ts';

export default defineConfig({
  title: 'Plot Notes',
  description: 'A allotment diary, with callouts and series navigation from plugins.',
  baseUrl: 'https://plot.example.org/',
  timezone: 'Europe/London',
  plugins: [callouts(['note', 'warning']), series()],
});
