/*
 * The staff navigation's menus are <details> elements and work without this script. With it, a menu behaves as
 * people expect of one: opening a menu closes the others, Escape closes it and returns the focus to its button, and
 * a click outside closes it.
 */
(function () {
    'use strict';

    function menus() {
        return Array.prototype.slice.call(document.querySelectorAll('details[data-nav-group], details[data-nav-menu]'));
    }

    document.addEventListener('toggle', function (event) {
        var opened = event.target;
        if (!opened.open || !opened.matches('details[data-nav-group], details[data-nav-menu]')) {
            return;
        }
        menus().forEach(function (menu) {
            if (menu !== opened) {
                menu.open = false;
            }
        });
    }, true);

    document.addEventListener('keydown', function (event) {
        if (event.key !== 'Escape') {
            return;
        }
        menus().forEach(function (menu) {
            if (menu.open) {
                menu.open = false;
                menu.querySelector('summary').focus();
            }
        });
    });

    document.addEventListener('click', function (event) {
        menus().forEach(function (menu) {
            if (menu.open && !menu.contains(event.target)) {
                menu.open = false;
            }
        });
    });
})();
