/*
 * Keeps a signed-in page's session alive while someone is using it.
 *
 * The access cookie lasts a few minutes; the layout says how many seconds are left (meta "session-seconds-left").
 * Shortly before it runs out, and only if the user did something since the last refresh, this script asks
 * POST /api/v1/auth/refresh for a new one (with the CSRF header). A page left alone is not kept alive, so the
 * server's idle timeout still ends unattended sessions; the next click or key press refreshes at once if the
 * credential has run out meanwhile. When the server refuses (the session ended), a banner says so.
 */
(function () {
    'use strict';

    var EARLY_MS = 60 * 1000;
    var FALLBACK_MS = 8 * 60 * 1000;

    function meta(name) {
        var element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.getAttribute('content') : null;
    }

    var seconds = parseInt(meta('session-seconds-left'), 10);
    var csrfHeader = meta('csrf-header');
    var csrfToken = meta('csrf-token');
    var refreshAt = Date.now() + (isNaN(seconds) ? FALLBACK_MS : Math.max(0, seconds * 1000 - EARLY_MS));
    var lastActivity = 0;
    var lastRefresh = Date.now();
    var refreshing = false;
    var ended = false;
    var timer = null;

    function schedule() {
        clearTimeout(timer);
        timer = setTimeout(onTimer, Math.max(1000, refreshAt - Date.now()));
    }

    function onTimer() {
        if (lastActivity > lastRefresh) {
            refresh();
        }
    }

    function onActivity() {
        lastActivity = Date.now();
        if (!ended && Date.now() >= refreshAt) {
            refresh();
        }
    }

    function secondsLeft(response, body) {
        var serverNow = Date.parse(response.headers.get('Date'));
        var expires = body && body.accessExpiresAt ? Date.parse(body.accessExpiresAt) : NaN;
        return isNaN(serverNow) || isNaN(expires) ? NaN : (expires - serverNow) / 1000;
    }

    function showEnded() {
        ended = true;
        var banner = document.getElementById('session-ended');
        var link = document.getElementById('session-ended-sign-in');
        if (link) {
            link.setAttribute('href', '/login?next=' + encodeURIComponent(location.pathname + location.search));
        }
        if (banner) {
            banner.hidden = false;
        }
    }

    function refresh() {
        if (refreshing || ended) {
            return;
        }
        refreshing = true;
        var headers = {'Accept': 'application/json'};
        if (csrfHeader && csrfToken) {
            headers[csrfHeader] = csrfToken;
        }
        fetch('/api/v1/auth/refresh', {method: 'POST', headers: headers, credentials: 'same-origin'})
            .then(function (response) {
                if (response.status === 401) {
                    showEnded();
                    return null;
                }
                if (!response.ok) {
                    throw new Error('refresh answered ' + response.status);
                }
                return response.json().then(function (body) {
                    var left = secondsLeft(response, body);
                    lastRefresh = Date.now();
                    refreshAt = lastRefresh + (isNaN(left) ? FALLBACK_MS : Math.max(0, left * 1000 - EARLY_MS));
                    schedule();
                });
            })
            .catch(function () {
                refreshAt = Date.now() + 30 * 1000;
                schedule();
            })
            .then(function () {
                refreshing = false;
            });
    }

    ['keydown', 'pointerdown', 'input', 'wheel', 'touchstart'].forEach(function (type) {
        document.addEventListener(type, onActivity, {passive: true, capture: true});
    });
    schedule();
})();
