/*
 * The session-resume page: the access credential of this browser has run out, so try to refresh the session
 * (the refresh cookie is sent only to /api/v1/auth) and go back to the page asked for; if that fails, go to
 * the sign-in page, which returns there afterwards. Both addresses are checked by the server before they are
 * rendered into the page.
 */
(function () {
    'use strict';

    function meta(name) {
        var element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.getAttribute('content') : null;
    }

    var section = document.getElementById('resume');
    var next = section.getAttribute('data-next');
    var signIn = section.getAttribute('data-sign-in');
    var local = /^\/(?![\/\\])/;
    if (!local.test(next)) {
        next = '/';
    }
    if (!local.test(signIn)) {
        signIn = '/login';
    }

    var headers = {'Accept': 'application/json'};
    var csrfHeader = meta('csrf-header');
    var csrfToken = meta('csrf-token');
    if (csrfHeader && csrfToken) {
        headers[csrfHeader] = csrfToken;
    }

    fetch('/api/v1/auth/refresh', {method: 'POST', headers: headers, credentials: 'same-origin'})
        .then(function (response) {
            location.replace(response.ok ? next : signIn);
        })
        .catch(function () {
            location.replace(signIn);
        });
})();
