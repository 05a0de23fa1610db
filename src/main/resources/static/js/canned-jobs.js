/*
 * The canned-job form: shows only the inputs that the chosen kind of each line uses (hours and rate for labor, part
 * number, quantity, cost and price for a part, ...) and, on a row without a kind, only the kind. An input that holds a
 * value is never hidden. Without JavaScript every input stays visible.
 */
(function () {
    'use strict';

    function update(line) {
        var select = line.querySelector('[data-canned-kind]');
        var kind = select ? select.value : '';
        line.querySelectorAll('[data-kinds]').forEach(function (field) {
            var kinds = field.getAttribute('data-kinds').split(' ');
            var hasInput = Array.prototype.some.call(field.querySelectorAll('input, select'), function (input) {
                return input.value !== '';
            });
            field.hidden = kinds.indexOf(kind) < 0 && !hasInput;
        });
    }

    document.querySelectorAll('[data-canned-line]').forEach(function (line) {
        update(line);
        var select = line.querySelector('[data-canned-kind]');
        if (select) {
            select.addEventListener('change', function () {
                update(line);
            });
        }
    });
})();
