/*
 * A "Copy" button next to a read-only field (the customer's approval link): copies the field's value to the
 * clipboard and says so. Buttons name their field in data-copy-target and the confirmation in data-copied.
 * Without JavaScript the button stays hidden and the field can be selected and copied by hand.
 */
(function () {
    'use strict';

    document.addEventListener('DOMContentLoaded', function () {
        document.querySelectorAll('button[data-copy-target]').forEach(function (button) {
            var field = document.getElementById(button.getAttribute('data-copy-target'));
            if (!field || !navigator.clipboard) {
                return;
            }
            button.hidden = false;
            button.addEventListener('click', function () {
                field.select();
                navigator.clipboard.writeText(field.value).then(function () {
                    button.textContent = button.getAttribute('data-copied');
                });
            });
        });
    });
})();
