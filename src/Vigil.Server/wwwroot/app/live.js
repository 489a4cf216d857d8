// Live updates (docs/alerts.md): the server's Server-Sent Events stream, GET api/v1/stream. New
// incidents are counted into a "N new incidents" button rather than reshuffling the list under
// the reader; a change to an incident on screen refreshes it. EventSource reconnects on its own
// and sends Last-Event-ID, so the server replays what was missed meanwhile.
import { tn } from './i18n.js';

export class Live {
  /**
   * @param {HTMLButtonElement} button the "N new incidents" button (hidden while there are none)
   * @param {{ onShowNew: () => void, onChanged: (ids: string[]) => void, delay?: number }} handlers
   */
  constructor(button, { onShowNew, onChanged, delay = 500 }) {
    this.button = button;
    this.onChanged = onChanged;
    this.delay = delay;
    this.fresh = new Set();
    this.changed = new Set();
    this.timer = null;
    this.source = null;
    button.addEventListener('click', () => {
      this.fresh.clear();
      this.render();
      onShowNew();
    });
  }

  start() {
    if (typeof EventSource === 'undefined' || this.source) return;
    this.source = new EventSource('api/v1/stream');
    this.source.addEventListener('incident', (event) => this.receive(event));
    this.source.addEventListener('open', () => { document.body.dataset.live = 'open'; });
    this.source.addEventListener('error', () => { document.body.dataset.live = 'reconnecting'; });
  }

  receive(event) {
    let data;
    try {
      data = JSON.parse(event.data);
    } catch {
      return;
    }
    if (typeof data?.id !== 'string') return;
    if (data.change === 'new') this.fresh.add(data.id);
    else this.changed.add(data.id);
    // A burst of changes (one ingest batch) is handled once.
    clearTimeout(this.timer);
    this.timer = setTimeout(() => this.flush(), this.delay);
  }

  flush() {
    this.render();
    if (this.changed.size > 0) {
      const ids = [...this.changed];
      this.changed.clear();
      this.onChanged(ids);
    }
  }

  /** Shows or hides the button with the count in the interface language (also after a language switch). */
  render() {
    const n = this.fresh.size;
    this.button.hidden = n === 0;
    this.button.textContent = n === 0 ? '' : tn('live.new', n);
    this.button.dataset.count = String(n);
  }
}
