// Committee editors (meetings, task lists, officials, documents): add, remove and reorder rows,
// refresh officials' titles on the meeting's date, check a document number as it is typed.
// Plain JavaScript, no build step. Everything here is an enhancement: without it the forms post
// the same indexed fields (rows are ordered by their "Thứ tự" number, extra empty rows are
// skipped, "Xóa dòng này" drops a row) and the server gives the same answers.
(function () {
    'use strict';

    // Applies to each list once, whichever editor's copy of this script runs first.
    var READY = 'committeeRowsReady';

    function rowsOf(list) {
        return Array.prototype.filter.call(list.children, function (child) { return child.hasAttribute('data-row'); });
    }

    // Rewrites "Prefix.Participants[3].X" / "Prefix_Participants_3__X" so the posted indexes follow
    // the rows' order on screen, and sets each row's "Thứ tự" to its place.
    function renumber(list) {
        var name = list.getAttribute('data-rows');
        var byName = new RegExp('(^|\\.)' + name + '\\[\\d+\\]');
        var byId = new RegExp('(^|_)' + name + '_\\d+__');
        rowsOf(list).forEach(function (row, index) {
            row.querySelectorAll('[name],[id],[for],[data-valmsg-for]').forEach(function (element) {
                ['name', 'data-valmsg-for'].forEach(function (attribute) {
                    var value = element.getAttribute(attribute);
                    if (value) { element.setAttribute(attribute, value.replace(byName, '$1' + name + '[' + index + ']')); }
                });
                ['id', 'for'].forEach(function (attribute) {
                    var value = element.getAttribute(attribute);
                    if (value) { element.setAttribute(attribute, value.replace(byId, '$1' + name + '_' + index + '__')); }
                });
            });
            var order = row.querySelector('[data-row-order]');
            if (order) { order.value = String(index + 1); }
            row.querySelectorAll('[data-move], [data-remove-row]').forEach(function (button) {
                button.setAttribute('aria-label', button.textContent.trim() + ' (dòng ' + (index + 1) + ')');
            });
        });
    }

    function announce(list, message) {
        var status = list.closest('[data-row-list]').querySelector('[data-row-status]');
        if (status) { status.textContent = message; }
    }

    function clearRow(row) {
        row.querySelectorAll('input, select, textarea').forEach(function (input) {
            if (input.type === 'checkbox') { input.checked = false; }
            else if (input.tagName === 'SELECT') { input.selectedIndex = 0; }
            else { input.value = ''; }
        });
        row.querySelectorAll('.field-error, [data-titles]').forEach(function (element) { element.textContent = ''; });
    }

    function setUpList(list) {
        if (list.dataset[READY]) { return; }
        list.dataset[READY] = 'true';
        var container = list.closest('[data-row-list]');
        list.querySelectorAll('[data-row-buttons]').forEach(function (buttons) { buttons.hidden = false; });
        var add = container.querySelector('[data-add-row]');
        if (add) { add.hidden = false; }

        list.addEventListener('click', function (event) {
            var button = event.target.closest('button');
            if (!button || !list.contains(button)) { return; }
            var row = button.closest('[data-row]');
            var rows = rowsOf(list);
            var index = rows.indexOf(row);
            if (button.hasAttribute('data-move')) {
                var up = button.getAttribute('data-move') === 'up';
                var target = up ? rows[index - 1] : rows[index + 1];
                if (!target) { return; }
                list.insertBefore(row, up ? target : target.nextSibling);
                renumber(list);
                button.focus();
                announce(list, 'Đã chuyển dòng ' + (index + 1) + ' ' + (up ? 'lên' : 'xuống') + ' vị trí ' + (index + (up ? 0 : 2)) + '.');
            } else if (button.hasAttribute('data-remove-row')) {
                if (rows.length === 1) {
                    clearRow(row);
                } else {
                    var next = rows[index + 1] || rows[index - 1];
                    row.remove();
                    renumber(list);
                    var focus = next.querySelector('input:not([type=hidden]), select, textarea');
                    if (focus) { focus.focus(); }
                }
                announce(list, 'Đã xóa dòng ' + (index + 1) + '.');
            }
        });

        if (add) {
            add.addEventListener('click', function () {
                var rows = rowsOf(list);
                var copy = rows[rows.length - 1].cloneNode(true);
                clearRow(copy);
                list.appendChild(copy);
                renumber(list);
                syncKinds(copy);
                var first = copy.querySelector('input:not([type=hidden]), select, textarea');
                if (first) { first.focus(); }
                announce(list, 'Đã thêm dòng ' + (rows.length + 1) + '.');
            });
        }
    }

    // Indicator rows show only the value fields their kind uses.
    function syncKinds(row) {
        var kind = row.querySelector('[data-indicator-kind]');
        if (!kind) { return; }
        row.querySelectorAll('[data-kinds]').forEach(function (field) {
            field.hidden = field.getAttribute('data-kinds').split(' ').indexOf(kind.value) < 0;
        });
    }

    function debounce(action, delay) {
        var timer = 0;
        return function () {
            clearTimeout(timer);
            timer = setTimeout(action, delay);
        };
    }

    function getJson(url) {
        return fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
            .then(function (response) { return response.ok ? response.json() : null; })
            .catch(function () { return null; });
    }

    function setUpMeeting(editor) {
        if (editor.dataset.committeeReady) { return; }
        editor.dataset.committeeReady = 'true';
        var date = editor.querySelector('[data-meeting-date]');
        var refresh = debounce(function () {
            var rows = Array.prototype.slice.call(editor.querySelectorAll('[data-official]')).filter(function (select) { return select.value; });
            if (!date.value || rows.length === 0) { return; }
            var ids = rows.map(function (select) { return encodeURIComponent(select.value); }).join(',');
            getJson(editor.getAttribute('data-titles-url') + '?date=' + encodeURIComponent(date.value) + '&ids=' + ids).then(function (answer) {
                if (!answer) { return; }
                rows.forEach(function (select) {
                    var titles = select.closest('.field').querySelector('[data-titles]');
                    if (titles) { titles.textContent = answer.titles[select.value] || ''; }
                });
            });
        }, 300);
        date.addEventListener('change', refresh);
        editor.addEventListener('change', function (event) {
            if (event.target.matches('[data-official]')) {
                if (!event.target.value) { event.target.closest('.field').querySelector('[data-titles]').textContent = ''; }
                refresh();
            }
            if (event.target.matches('[data-indicator-kind]')) { syncKinds(event.target.closest('[data-row]')); }
        });
        editor.querySelectorAll('[data-indicator]').forEach(syncKinds);
    }

    function setUpDocument(editor) {
        if (editor.dataset.committeeReady) { return; }
        editor.dataset.committeeReady = 'true';
        var number = editor.querySelector('[data-document-number]');
        var type = editor.querySelector('[data-document-type]');
        var issued = editor.querySelector('[data-issued-date]');
        var status = editor.querySelector('[data-number-status]');
        var check = debounce(function () {
            if (!number.value.trim()) { status.textContent = ''; return; }
            var url = editor.getAttribute('data-check-url') + '?number=' + encodeURIComponent(number.value) +
                '&type=' + encodeURIComponent(type.value) + '&date=' + encodeURIComponent(issued ? issued.value : '') +
                '&id=' + encodeURIComponent(editor.getAttribute('data-item-id') || '');
            getJson(url).then(function (answer) {
                if (!answer) { return; }
                status.textContent = answer.message;
                status.classList.toggle('field-error', !answer.valid);
                number.setAttribute('aria-invalid', answer.valid ? 'false' : 'true');
                var error = editor.querySelector('[data-number-error]');
                if (error && answer.valid) { error.textContent = ''; }
            });
        }, 400);
        number.addEventListener('input', check);
        type.addEventListener('change', check);
        if (issued) { issued.addEventListener('change', check); }
    }

    function start() {
        document.querySelectorAll('[data-rows]').forEach(setUpList);
        document.querySelectorAll('[data-meeting-editor]').forEach(setUpMeeting);
        document.querySelectorAll('[data-document-editor]').forEach(setUpDocument);
    }

    if (document.readyState === 'loading') { document.addEventListener('DOMContentLoaded', start); } else { start(); }
})();
