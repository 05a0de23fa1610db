/*
 * Fills an empty time-zone input (marked data-fill-time-zone) with the browser's own time zone, which is usually the
 * shop's. The user can still change it; without JavaScript the field simply starts empty (UTC).
 */
(function () {
    'use strict';

    var zone;
    try {
        zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    } catch (e) {
        return;
    }
    if (!zone) {
        return;
    }
    document.querySelectorAll('input[data-fill-time-zone]').forEach(function (input) {
        if (!input.value) {
            input.value = zone;
        }
    });
})();
