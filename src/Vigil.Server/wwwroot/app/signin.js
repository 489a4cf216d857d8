// Signing in: when the server is not public (GET api/v1/auth/me says so) and no one is signed in,
// the overview is replaced by a name-and-password form; a signed-in person gets a sign-out button.
// The session is a cookie; state-changing requests send the anti-forgery token it came with.

import { t } from './i18n.js';

let csrfToken = null;
let who = null;

/** The answer of api/v1/auth/me (authenticated, name, role, via…), once ensureSignedIn ran. */
export function account() {
  return who;
}

/** The anti-forgery token of the cookie session, for X-CSRF-TOKEN on writes (null when none). */
export function csrf() {
  return csrfToken;
}

async function me() {
  const response = await fetch('api/v1/auth/me', { headers: { Accept: 'application/json' }, credentials: 'same-origin' });
  if (!response.ok) throw new Error(`api/v1/auth/me: HTTP ${response.status}`);
  return response.json();
}

/**
 * Resolves true when the dashboard may load its data (public server, or signed in); otherwise shows
 * the sign-in form and resolves false (the page reloads once sign-in succeeds).
 */
export async function ensureSignedIn() {
  who = await me();
  csrfToken = who.csrf_token ?? null;
  const bar = document.getElementById('account');
  if (who.authenticated) {
    bar.hidden = false;
    document.getElementById('account-name').textContent = t('signin.as', { name: who.name, role: who.role });
    const out = document.getElementById('signout');
    out.hidden = who.via !== 'password';
    out.addEventListener('click', async () => {
      await fetch('api/v1/auth/logout', { method: 'POST', credentials: 'same-origin', headers: csrfToken ? { 'X-CSRF-TOKEN': csrfToken } : {} });
      window.location.reload();
    });
    return true;
  }
  if (who.public) return true;

  document.body.dataset.signin = 'required';
  const form = document.getElementById('signin');
  const message = document.getElementById('signin-error');
  form.hidden = false;
  form.addEventListener('submit', async (event) => {
    event.preventDefault();
    message.textContent = '';
    const body = JSON.stringify({ name: form.elements.name.value, password: form.elements.password.value });
    const response = await fetch('api/v1/auth/login', {
      method: 'POST', credentials: 'same-origin', body,
      headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
    });
    if (response.ok) {
      window.location.reload();
      return;
    }
    let detail = '';
    try {
      detail = (await response.json()).detail ?? '';
    } catch {
      // Not a problem document: the generic message says enough.
    }
    message.textContent = `${t('signin.failed')} ${detail}`.trim();
  });
  form.elements.name.focus();
  return false;
}
