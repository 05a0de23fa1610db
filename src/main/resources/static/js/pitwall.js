/*
 * Pitwall's page behaviour, loaded by every page (no inline script anywhere: the CSP forbids it).
 * - htmx requests carry the CSRF token the page was rendered with.
 * - A refused form moves the focus to its error summary, so screen readers announce it.
 */
(function () {
    'use strict';

    function meta(name) {
        var element = document.querySelector('meta[name="' + name + '"]');
        return element ? element.getAttribute('content') : null;
    }

    var csrfHeader = meta('csrf-header');
    var csrfToken = meta('csrf-token');

    document.addEventListener('htmx:configRequest', function (event) {
        if (csrfHeader && csrfToken) {
            event.detail.headers[csrfHeader] = csrfToken;
        }
    });

    document.addEventListener('DOMContentLoaded', function () {
        var summary = document.getElementById('error-summary');
        if (summary) {
            summary.focus();
        }
    });
})();
