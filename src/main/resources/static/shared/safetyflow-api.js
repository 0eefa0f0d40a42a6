// SafetyFlow's pages (audit replay, enterprise register) talk to SafetyFlow's API with the signed-in
// user's HTTP Basic credentials. A refusal becomes an Error with the API's Chinese message; the
// X-Requested-With header asks the server not to open the browser's own password prompt on a 401.
window.SafetyFlowApi = (function () {
  'use strict';
  let authorization = null;

  function signIn(user, password) {
    authorization = 'Basic ' + btoa(unescape(encodeURIComponent(user + ':' + password)));
  }

  /**
   * JSON in and out; with an `accept` other than JSON the answer is a Blob (a download keeps its bytes); with a
   * `contentType` the body (e.g. a File) is sent as it is (an upload).
   */
  async function call(method, path, { body, accept, contentType } = {}) {
    const response = await fetch(path, {
      method: method,
      headers: { Authorization: authorization, Accept: accept || 'application/json', 'Content-Type': contentType || 'application/json',
        'X-Requested-With': 'XMLHttpRequest' },
      body: body === undefined ? undefined : contentType ? body : JSON.stringify(body)
    });
    if (!response.ok) {
      let message = '请求失败（' + response.status + '）';
      try { message = (await response.json()).error || message; } catch (e) { /* not JSON */ }
      throw new Error(message);
    }
    return accept && accept !== 'application/json' ? response.blob() : response.json();
  }

  /**
   * The page's sign-in form (#login-form, its message in #login-error): signs in, asks `probePath` to prove
   * the credentials, names the user in #who, hides #login and hands over to `signedIn`.
   */
  function loginForm(probePath, signedIn) {
    document.getElementById('login-form').addEventListener('submit', async (event) => {
      event.preventDefault();
      const form = new FormData(event.target);
      signIn(form.get('user'), form.get('password'));
      try {
        await call('GET', probePath);
        document.getElementById('who').textContent = form.get('user');
        document.getElementById('login').hidden = true;
        signedIn();
      } catch (e) {
        document.getElementById('login-error').textContent = e.message;
      }
    });
  }

  return { call: call, loginForm: loginForm };
}());
